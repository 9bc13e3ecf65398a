import { normalizeText } from '@niaz/text';

/**
 * Function words of Persian, Turkish and English in normalizeText space (Persian affixes
 * split off, Turkish folded). Meilisearch ignores them (index setting `stopWords`) and
 * the matcher's queries leave them out, so that a need's query spends its words (Meilisearch
 * reads the first 10) on what it is about.
 */
const RAW_STOP_WORDS = [
  // Persian
  'و',
  'در',
  'به',
  'از',
  'که',
  'را',
  'با',
  'برای',
  'این',
  'آن',
  'است',
  'هست',
  'هستند',
  'هستیم',
  'می',
  'نمی',
  'ها',
  'های',
  'هایی',
  'ای',
  'یک',
  'تا',
  'بر',
  'یا',
  'هم',
  'نیز',
  'شود',
  'شده',
  'کند',
  'کنیم',
  'کنند',
  'کرد',
  'کرده',
  'ما',
  'خود',
  'هر',
  'اما',
  'اگر',
  'بین',
  'پس',
  'چند',
  'دارد',
  'داریم',
  'دارای',
  'باید',
  'بود',
  'شد',
  'مورد',
  'جهت',
  'توسط',
  // Turkish
  've',
  'ile',
  'için',
  'bir',
  'bu',
  'şu',
  'da',
  'de',
  'den',
  'dan',
  'ya',
  'veya',
  'gibi',
  'olan',
  'olarak',
  'her',
  'çok',
  'daha',
  'en',
  'ki',
  'mi',
  'ama',
  'biz',
  'bizim',
  // English
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'for',
  'to',
  'in',
  'on',
  'with',
  'by',
  'from',
  'at',
  'as',
  'is',
  'are',
  'be',
  'we',
  'our',
  'us',
  'per',
];

export const STOP_WORDS: readonly string[] = [
  ...new Set(RAW_STOP_WORDS.map((w) => normalizeText(w)).filter(Boolean)),
].sort();

const STOP = new Set(STOP_WORDS);
const TOKEN = /[\p{L}\p{N}]+/gu;

/**
 * The words of a text (normalised) that carry meaning, in order, without repeats; `extra`
 * names more words to leave out.
 */
export function contentTokens(text: string, extra?: ReadonlySet<string>): string[] {
  return contentTokensOfNormalized(normalizeText(text), extra);
}

/** contentTokens of a text already in normalizeText form. */
export function contentTokensOfNormalized(
  normalized: string,
  extra?: ReadonlySet<string>,
): string[] {
  const tokens = normalized.match(TOKEN) ?? [];
  return [
    ...new Set(
      tokens.filter((t) => !STOP.has(t) && !extra?.has(t) && (t.length > 1 || /\d/.test(t))),
    ),
  ];
}
