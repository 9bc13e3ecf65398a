import { Language } from '@niaz/core';
import { foldTurkish } from './normalize';

export type TextLanguage = Language;

/**
 * Small closed word lists (already folded to ASCII) that tell Turkish from English in
 * short marketplace texts such as "RULMAN URETIMI" or "need ball bearings", where the
 * Turkish letters may be missing because the writer used an English keyboard.
 */
const TURKISH_WORDS = new Set([
  've',
  'bir',
  'bu',
  'icin',
  'ile',
  'olarak',
  'olan',
  'da',
  'de',
  'cok',
  'daha',
  'gibi',
  'en',
  'her',
  'ya',
  'veya',
  'ama',
  'ise',
  'kadar',
  'sonra',
  'once',
  'uzere',
  'var',
  'yok',
  'urun',
  'urunler',
  'uretim',
  'uretimi',
  'imalat',
  'imalati',
  'sanayi',
  'parca',
  'parcalari',
  'yedek',
  'makine',
  'makinesi',
  'makineleri',
  'firma',
  'firmamiz',
  'fiyat',
  'adet',
  'teklif',
  'talep',
  'tedarik',
  'ihtiyac',
  'kalite',
  'rulman',
  'vana',
  'pompa',
  'kablo',
  'dokum',
  'kalip',
  'kumas',
  'iplik',
  'celik',
  'demir',
  'bakir',
  'hizmet',
  'ticaret',
  'odasi',
  'il',
  'ili',
]);

const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'of',
  'for',
  'with',
  'to',
  'in',
  'is',
  'are',
  'we',
  'our',
  'from',
  'by',
  'on',
  'at',
  'this',
  'that',
  'a',
  'an',
  'or',
  'need',
  'needs',
  'supplier',
  'suppliers',
  'parts',
  'manufacturer',
  'manufacturing',
  'production',
  'quality',
  'price',
  'per',
  'made',
  'steel',
  'machine',
  'machinery',
  'industrial',
  'bearing',
  'bearings',
  'pump',
  'valve',
  'looking',
]);

/** Letters only Turkish uses among our three languages (ç ö ü count less: also German). */
const TURKISH_ONLY_LETTERS = /[ğĞıİşŞ]/g;
const TURKISH_SHARED_LETTERS = /[çÇöÖüÜ]/g;

/**
 * fa when Arabic-script letters make up at least as much of the text as Latin ones;
 * otherwise tr or en by Turkish letters and common words; en when nothing tells.
 */
export function detectLanguage(text: string): TextLanguage {
  if (typeof text !== 'string' || text.trim() === '') return 'en';
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (arabic > 0 && arabic >= latin) return 'fa';

  let turkish = 3 * (text.match(TURKISH_ONLY_LETTERS)?.length ?? 0);
  turkish += text.match(TURKISH_SHARED_LETTERS)?.length ?? 0;
  let english = 0;
  for (const word of foldTurkish(text).match(/[a-z]+/g) ?? []) {
    if (TURKISH_WORDS.has(word)) turkish += 2;
    if (ENGLISH_WORDS.has(word)) english += 2;
  }
  return turkish > english ? 'tr' : 'en';
}
