import { SYNONYM_FAMILIES, normalizeText, toAsciiDigits } from '@niaz/text';
import { HS_CHAPTER_ROWS } from './hs-chapters';
import { HS_HEADING_ROWS } from './hs-headings';

/** A chapter (2 digits) or heading (4 digits) of the Harmonized System. */
export interface HsEntry {
  code: string;
  level: 'chapter' | 'heading';
  names: { en: string; tr: string; fa: string };
}

interface Indexed extends HsEntry {
  /** Normalised names in all three languages. */
  names_: string[];
  /** Normalised synonym terms (libs/text) of the families under this heading. */
  terms: string[];
}

function parse(rows: string, level: HsEntry['level']): HsEntry[] {
  return rows
    .split('\n')
    .filter(Boolean)
    .map((row) => {
      const [code, en, tr, fa] = row.split('|');
      return { code, level, names: { en, tr, fa } };
    });
}

export const HS_CHAPTERS = parse(HS_CHAPTER_ROWS, 'chapter');
export const HS_HEADINGS = parse(HS_HEADING_ROWS, 'heading');

let index: Indexed[] | null = null;

function buildIndex(): Indexed[] {
  const termsByHeading = new Map<string, string[]>();
  for (const family of SYNONYM_FAMILIES) {
    const terms = [...family.terms.fa, ...family.terms.tr, ...family.terms.en].map(normalizeText);
    for (const heading of family.hsHeadings) {
      termsByHeading.set(heading, [...(termsByHeading.get(heading) ?? []), ...terms]);
    }
  }
  return [...HS_HEADINGS, ...HS_CHAPTERS].map((e) => ({
    ...e,
    names_: [e.names.en, e.names.tr, e.names.fa].map(normalizeText),
    terms: termsByHeading.get(e.code) ?? [],
  }));
}

function textScore(key: string, q: string, tokens: string[]): number {
  if (key === q) return 100;
  if (key.startsWith(q)) return 80;
  if (key.includes(` ${q}`)) return 70;
  if (key.includes(q)) return 60;
  if (tokens.length > 1 && tokens.every((t) => key.includes(t))) return 40;
  return 0;
}

/** The digits of a code as typed: `8482.10`, `۸۴۸۲` and `8482 10` all give `848210`. */
export function codeDigits(query: string): string | null {
  const s = toAsciiDigits(query).replace(/[\s.\-/]/g, '');
  return /^\d{1,10}$/.test(s) ? s : null;
}

/**
 * Chapters and headings for what a user typed: a code prefix (`84`, `8482`, `848210`), or
 * words in Persian, Turkish or English, including the industry's synonyms (`بلبرینگ`,
 * `rulman`, `bearing` all find 8482).
 */
export function searchHs(query: string, limit = 12): HsEntry[] {
  index ??= buildIndex();
  const digits = codeDigits(query);
  if (digits) {
    // What contains the typed code (8482 for 848210, most specific first), then what starts with it.
    const containing = index
      .filter((e) => digits.startsWith(e.code))
      .sort((a, b) => b.code.length - a.code.length);
    const below = index
      .filter((e) => e.code.startsWith(digits) && e.code !== digits)
      .sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
    return [...containing, ...below].slice(0, limit).map(strip);
  }
  const q = normalizeText(query);
  if (q.length < 2) return [];
  const tokens = q.split(' ').filter(Boolean);
  const scored: Array<{ e: Indexed; score: number }> = [];
  for (const e of index) {
    const byName = Math.max(0, ...e.names_.map((n) => textScore(n, q, tokens)));
    const byTerm = Math.max(0, ...e.terms.map((n) => textScore(n, q, tokens) - 5));
    const score = Math.max(byName, byTerm) + (e.level === 'heading' ? 1 : 0);
    if (score > 1) scored.push({ e, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.e.code.localeCompare(b.e.code))
    .slice(0, limit)
    .map(({ e }) => strip(e));
}

const strip = (e: Indexed): HsEntry => ({ code: e.code, level: e.level, names: e.names });

export function hsName(code: string, lang: 'fa' | 'tr' | 'en'): string | undefined {
  index ??= buildIndex();
  const exact = index.find((e) => e.code === code);
  if (exact) return exact.names[lang];
  const heading = index.find((e) => e.code === code.slice(0, 4));
  if (heading) return heading.names[lang];
  return index.find((e) => e.code === code.slice(0, 2))?.names[lang];
}
