import { Language } from '@niaz/core';
import { normalizeText } from '@niaz/text';
import type { MatchReason, MatchReasonCode } from './match-reason';

export type ReasonLanguage = Language;

type Templates = Record<MatchReasonCode | 'keyword_same', string>;

/**
 * How each reason the scorer gives reads in Persian, Turkish and English; `{name}` holes take
 * the reason's params. The matches API writes them in the caller's language, notifications in
 * the recipient's.
 */
export const REASON_TEMPLATES: Record<ReasonLanguage, Templates> = {
  en: {
    hs_code: 'same HS code {code}',
    hs_heading: 'same HS heading {code}',
    hs_chapter: 'same HS chapter {code}',
    keyword: 'keyword {a} ~ {b}',
    keyword_same: 'keyword {a}',
    words: 'shared words {words}',
    isic: 'same ISIC {code}',
    isic_division: 'same ISIC division {code}',
    certification: 'has {name}',
    certification_missing: 'lacks {name}',
    province: 'same province {name}',
    country: 'same country {country}',
    capacity: 'capacity {capacity} ≥ {quantity}',
    verified: 'verified organisation',
  },
  fa: {
    hs_code: 'کد تعرفه (HS) یکسان {code}',
    hs_heading: 'سرفصل تعرفه (HS) یکسان {code}',
    hs_chapter: 'فصل تعرفه (HS) یکسان {code}',
    keyword: 'کلیدواژه {a} ~ {b}',
    keyword_same: 'کلیدواژه {a}',
    words: 'واژه‌های مشترک {words}',
    isic: 'رشته فعالیت (ISIC) یکسان {code}',
    isic_division: 'بخش فعالیت (ISIC) یکسان {code}',
    certification: 'دارای {name}',
    certification_missing: 'فاقد {name}',
    province: 'همان استان {name}',
    country: 'همان کشور {country}',
    capacity: 'ظرفیت {capacity} ≥ {quantity}',
    verified: 'سازمان تأییدشده',
  },
  tr: {
    hs_code: 'aynı GTİP kodu {code}',
    hs_heading: 'aynı GTİP pozisyonu {code}',
    hs_chapter: 'aynı GTİP faslı {code}',
    keyword: 'anahtar kelime {a} ~ {b}',
    keyword_same: 'anahtar kelime {a}',
    words: 'ortak kelimeler {words}',
    isic: 'aynı ISIC sınıfı {code}',
    isic_division: 'aynı ISIC bölümü {code}',
    certification: '{name} belgesine sahip',
    certification_missing: '{name} belgesi yok',
    province: 'aynı il {name}',
    country: 'aynı ülke {country}',
    capacity: 'kapasite {capacity} ≥ {quantity}',
    verified: 'doğrulanmış kuruluş',
  },
};

/**
 * Country names already looked up, per language and code: an Intl.DisplayNames costs ~1 ms to
 * make and its lookups are slow too, and every scored pair names its country.
 */
const countryNames = new Map<string, string>();

/** A country's name in `language` ("IR" → ایران, İran, Iran); the code when Intl has none. */
export function countryName(code: string, language: ReasonLanguage): string {
  const key = `${language}:${code}`;
  let name = countryNames.get(key);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
    } catch {
      name = code;
    }
    // Bounded by languages × the codes people enter; a junk code is remembered once.
    if (countryNames.size < 5000) countryNames.set(key, name);
  }
  return name;
}

/** A reason in `language`; a code this build does not know keeps its stored English text. */
export function reasonText(reason: MatchReason, language: ReasonLanguage): string {
  let params = reason.params ?? {};
  // One word on both sides (letter variants aside) reads as the word alone.
  const same =
    reason.code === 'keyword' &&
    normalizeText(String(params.a)) === normalizeText(String(params.b));
  const code = same ? 'keyword_same' : reason.code;
  const template = (REASON_TEMPLATES[language] as Record<string, string | undefined>)[code];
  if (!template) return reason.text;
  if (reason.code === 'country' && typeof params.code === 'string')
    params = { ...params, country: countryName(params.code, language) };
  return template.replace(/\{(\w+)\}/g, (hole, key: string) =>
    params[key] === undefined ? hole : String(params[key]),
  );
}
