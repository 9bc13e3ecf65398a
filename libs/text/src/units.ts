import { normalizeText } from './normalize';
import type { Language } from './languages';

/**
 * Units people write on needs, worded in each language. `aliases` are what is typed in any
 * of them (normalised: lower case, Persian letters unified), so "pcs", "adet" and "عدد" are
 * all one unit and read back in the reader's own word.
 */
export const UNITS: ReadonlyArray<{
  key: string;
  names: Record<Language, string>;
  aliases: string[];
}> = [
  {
    key: 'piece',
    names: { fa: 'عدد', tr: 'adet', en: 'pieces' },
    aliases: [
      'piece',
      'pieces',
      'pc',
      'pcs',
      'unit',
      'units',
      'adet',
      'ad',
      'tane',
      'عدد',
      'دانه',
      'قطعه',
    ],
  },
  {
    key: 'set',
    names: { fa: 'دست', tr: 'takım', en: 'sets' },
    aliases: ['set', 'sets', 'takım', 'takim', 'set', 'دست', 'ست'],
  },
  {
    key: 'pair',
    names: { fa: 'جفت', tr: 'çift', en: 'pairs' },
    aliases: ['pair', 'pairs', 'çift', 'cift', 'جفت'],
  },
  {
    key: 'kg',
    names: { fa: 'کیلوگرم', tr: 'kilogram', en: 'kilograms' },
    aliases: ['kg', 'kgs', 'kilogram', 'kilograms', 'kilo', 'کیلوگرم', 'کیلو', 'کیلوگرم'],
  },
  {
    key: 't',
    names: { fa: 'تن', tr: 'ton', en: 'tonnes' },
    aliases: ['t', 'ton', 'tons', 'tonne', 'tonnes', 'تن'],
  },
  {
    key: 'g',
    names: { fa: 'گرم', tr: 'gram', en: 'grams' },
    aliases: ['g', 'gr', 'gram', 'grams', 'گرم'],
  },
  {
    key: 'm',
    names: { fa: 'متر', tr: 'metre', en: 'metres' },
    aliases: ['m', 'meter', 'meters', 'metre', 'metres', 'metre', 'متر'],
  },
  {
    key: 'm2',
    names: { fa: 'متر مربع', tr: 'metrekare', en: 'square metres' },
    aliases: [
      'm2',
      'm²',
      'sqm',
      'square metre',
      'square meter',
      'square metres',
      'square meters',
      'metrekare',
      'متر مربع',
      'مترمربع',
    ],
  },
  {
    key: 'm3',
    names: { fa: 'متر مکعب', tr: 'metreküp', en: 'cubic metres' },
    aliases: [
      'm3',
      'm³',
      'cubic metre',
      'cubic meter',
      'cubic metres',
      'cubic meters',
      'metreküp',
      'متر مکعب',
      'مترمکعب',
    ],
  },
  {
    key: 'l',
    names: { fa: 'لیتر', tr: 'litre', en: 'litres' },
    aliases: ['l', 'lt', 'liter', 'liters', 'litre', 'litres', 'لیتر'],
  },
  {
    key: 'roll',
    names: { fa: 'رول', tr: 'rulo', en: 'rolls' },
    aliases: ['roll', 'rolls', 'rulo', 'رول'],
  },
  {
    key: 'sheet',
    names: { fa: 'ورق', tr: 'levha', en: 'sheets' },
    aliases: ['sheet', 'sheets', 'levha', 'tabaka', 'ورق', 'برگ'],
  },
];

const key = (s: string) => normalizeText(s).replace(/\s+/g, ' ').trim();
const BY_ALIAS = new Map(UNITS.flatMap((u) => [u.key, ...u.aliases].map((a) => [key(a), u])));

/** A unit in `lang`'s word ("piece" → "عدد" / "adet" / "pieces"); an unknown one as written. */
export function unitName(unit: string | null | undefined, lang: Language): string {
  if (!unit) return '';
  return BY_ALIAS.get(key(unit))?.names[lang] ?? unit;
}

/** A currency's name in `lang` ("IRR" → "ریال ایران" / "İran riyali" / "Iranian Rial"). */
export function currencyName(code: string, lang: Language): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'currency' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
