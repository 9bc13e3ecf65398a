/**
 * One text normalisation for Niaz, applied to every searchable text at index time AND to
 * every query at query time, so that both sides of a comparison always agree.
 *
 * Pure, synchronous, no I/O. `normalizeText(normalizeText(x)) === normalizeText(x)`.
 *
 * Steps, in order:
 *  1. Unicode NFKC (Arabic presentation forms, full-width Latin, ligatures → base letters).
 *  2. Invisible characters: ZWNJ (U+200C) and the narrow no-break space (U+202F, often typed
 *     instead of ZWNJ) become a space; ZWJ, LRM/RLM, bidi embeddings/isolates, BOM and the
 *     soft hyphen are removed.
 *  3. Arabic letters → Persian letters: `ي ى ئ ۍ ې` → `ی`, `ك ڪ` → `ک`, `ة ۀ ە ہ ھ` → `ه`,
 *     `أ إ ٱ` → `ا`, `ؤ` → `و`; tatweel (U+0640), harakat (U+064B–U+065F), superscript alef
 *     (U+0670) and Quranic annotation marks (U+06D6–U+06ED) are removed; a word-final
 *     hamza after alef (`اجزاء` → `اجزا`) is dropped.
 *  4. Persian (۰–۹) and Arabic-Indic (٠–٩) digits → ASCII; Arabic punctuation `، ؛ ؟ ٪ ٫ ٬`
 *     → `, ; ? % . ,`.
 *  5. Latin: Turkish-aware lower-casing (`İ` → `i`, `I` → `ı`), then the Turkish letters are
 *     folded to plain ASCII (`ı ş ç ğ ü ö` → `i s c g u o`) and every Latin combining mark
 *     (U+0300–U+036F, including the dot above U+0307) is stripped, so `İSTANBUL`, `Istanbul`
 *     and `istanbul` are all `istanbul`; typographic apostrophes become `'`.
 *  6. Persian affixes are glued/split so that ZWNJ, space and run-together spellings give
 *     the same tokens (the rule is documented in persian-affixes.rules.ts).
 *  7. Whitespace is collapsed to single spaces and trimmed.
 */

import { segmentPersianWords } from './persian-affixes.rules';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_INDIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits → ASCII 0–9. Nothing else changes. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[۰-۹٠-٩]/g, (d) => {
    const p = PERSIAN_DIGITS.indexOf(d);
    return String(p >= 0 ? p : ARABIC_INDIC_DIGITS.indexOf(d));
  });
}

const TURKISH_FOLD: Record<string, string> = {
  ı: 'i',
  ş: 's',
  ç: 'c',
  ğ: 'g',
  ü: 'u',
  ö: 'o',
};

/**
 * Turkish-aware lower-casing followed by folding to plain Latin letters:
 * `İ` → `i`, `I` → `ı` → `i`, `ş ç ğ ü ö` → `s c g u o`, and Latin combining marks
 * (U+0300–U+036F, e.g. the U+0307 left behind by a naive `'İ'.toLowerCase()`, or `â î û`)
 * are stripped. Non-Latin text passes through unchanged (apart from lower-casing).
 */
export function foldTurkish(s: string): string {
  const lowered = s.replace(/İ/g, 'i').replace(/I/g, 'ı').toLowerCase();
  const folded = lowered.replace(/[ışçğüö]/g, (c) => TURKISH_FOLD[c] ?? c);
  // Decompose, drop Latin combining marks only (Arabic marks are handled elsewhere), recompose.
  return folded
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

const ARABIC_TO_PERSIAN: Record<string, string> = {
  '\u064A': 'ی', // ي Arabic yeh
  '\u0649': 'ی', // ى alef maksura
  '\u0626': 'ی', // ئ yeh with hamza above
  '\u06CD': 'ی', // ۍ yeh with tail
  '\u06D0': 'ی', // ې yeh e
  '\u0643': 'ک', // ك Arabic kaf
  '\u06AA': 'ک', // ڪ swash kaf
  '\u0629': 'ه', // ة teh marbuta
  '\u06C0': 'ه', // ۀ heh with yeh above
  '\u06D5': 'ه', // ە ae
  '\u06C1': 'ه', // ہ heh goal
  '\u06BE': 'ه', // ھ heh doachashmee
  '\u0623': 'ا', // أ
  '\u0625': 'ا', // إ
  '\u0671': 'ا', // ٱ alef wasla
  '\u0624': 'و', // ؤ
  '\u060C': ',', // ،
  '\u061B': ';', // ؛
  '\u061F': '?', // ؟
  '\u066A': '%', // ٪
  '\u066B': '.', // ٫ Arabic decimal separator
  '\u066C': ',', // ٬ Arabic thousands separator
};

const ARABIC_VARIANTS_RE = new RegExp(`[${Object.keys(ARABIC_TO_PERSIAN).join('')}]`, 'g');
/**
 * Tatweel, harakat (incl. the combining hamzas), superscript alef, Quranic marks. Tatweel
 * stands outside the class: a letter followed by combining marks inside one class is what
 * the linter's no-misleading-character-class forbids.
 */
const ARABIC_MARKS_RE = /\u0640|[\u064B-\u065F\u0670\u06D6-\u06ED]/g;

/** Arabic letter variants → Persian letters, marks removed, digits → ASCII. */
function unifyArabicScript(s: string): string {
  return toAsciiDigits(
    s
      .replace(ARABIC_MARKS_RE, '')
      .replace(ARABIC_VARIANTS_RE, (c) => ARABIC_TO_PERSIAN[c] ?? c)
      .replace(/اء(?![\p{L}])/gu, 'ا'),
  );
}

// ---------------------------------------------------------------------------------------

const SCRIPT_BOUNDARY_RE =
  /(?<=(?=\p{Script=Arabic})\p{L})(?=[0-9a-z])|(?<=[0-9a-z])(?=(?=\p{Script=Arabic})\p{L})/gu;

/** ZWNJ / narrow no-break space become spaces; other invisible format characters vanish. */
function cleanInvisibles(s: string): string {
  return s
    .replace(/[\u200B\u200C\u202F]/g, ' ')
    .replace(/\u200D|[\u00AD\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g, '');
}

/** The one normalisation used at index time and at query time (see the file comment). */
export function normalizeText(input: string): string {
  if (!input) return '';
  let s = input.normalize('NFKC');
  s = cleanInvisibles(s);
  s = unifyArabicScript(s);
  s = foldTurkish(s).replace(/[\u2018\u2019\u02BC\u2032`´]/g, "'");
  // A part number or Latin word glued to a Persian word (`بلبرینگ۶۲۰۴`, `PCBهای`) is
  // written apart, so that both halves are tokens of their own.
  s = s.replace(SCRIPT_BOUNDARY_RE, ' ');
  s = s.replace(/\s+/g, ' ');
  s = segmentPersianWords(s);
  return s.replace(/\s+/g, ' ').trim();
}
