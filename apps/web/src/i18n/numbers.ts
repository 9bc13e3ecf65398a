import type { Lang } from './languages';

/**
 * Numbers as people type them, per language, parsed strictly: never guessed.
 * - tr: `,` decimal, `.` grouping ("3.950,5")
 * - fa: `٫` (or `.`) decimal, `٬` (or `,`) grouping, Persian ۰–۹ or Arabic-Indic ٠–٩ digits
 * - en: `.` decimal, `,` grouping ("3,950.5")
 * Grouping must be in threes ("1.234.567"); anything else ("3.950,5" in English, "3.95" in
 * Turkish) is refused with a reason, so a sealed bid is never saved a hundredfold off.
 */
const SEPARATORS: Record<Lang, { decimal: string[]; group: string[] }> = {
  tr: { decimal: [','], group: ['.'] },
  fa: { decimal: ['\u066b', '.'], group: ['\u066c', ','] },
  en: { decimal: ['.'], group: [','] },
};

/** Spaces people and Intl put between groups: space, no-break space, narrow no-break space. */
const SPACES = /[\s\u00a0\u202f]/g;

export type NumberProblem = 'invalid' | 'ambiguous' | 'negative' | 'tooPrecise';

export type ParsedNumber =
  | { ok: true; value: string; empty: false }
  | { ok: true; value: undefined; empty: true }
  | { ok: false; problem: NumberProblem };

function asciiDigitsOnly(s: string): string {
  return s
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/**
 * A non-negative decimal typed in `lang`, as the API's plain decimal string ("3950.5"), or why
 * not. `maxFractionDigits` bounds the decimals (money: 4; whole numbers: 0).
 */
export function parseLocalNumber(input: string, lang: Lang, maxFractionDigits = 4): ParsedNumber {
  const s = asciiDigitsOnly(input)
    .replace(/[\u200e\u200f\u061c]/g, '')
    .trim();
  if (s === '') return { ok: true, value: undefined, empty: true };
  if (/^[-\u2212]/.test(s)) return { ok: false, problem: 'negative' };
  const { decimal, group } = SEPARATORS[lang];
  // Spaces group digits in every language ("3 950,5"); treat them as the grouping sign.
  const spaced = s.replace(SPACES, group[0]);
  let intPart = spaced;
  let fraction = '';
  const decimalAt = [...spaced].findIndex((ch) => decimal.includes(ch));
  if (decimalAt >= 0) {
    intPart = spaced.slice(0, decimalAt);
    fraction = spaced.slice(decimalAt + 1);
    if (!/^\d+$/.test(fraction))
      // A second decimal sign or a grouping sign after the decimal one: which was meant?
      return {
        ok: false,
        problem: /^[\d.,\u066b\u066c]+$/.test(fraction) ? 'ambiguous' : 'invalid',
      };
  }
  if (intPart === '') intPart = '0';
  if (/[^\d.,\u066b\u066c]/.test(intPart)) return { ok: false, problem: 'invalid' };
  const otherSigns = [...intPart].filter((ch) => !/\d/.test(ch) && !group.includes(ch));
  if (otherSigns.length) return { ok: false, problem: 'ambiguous' };
  if (!/^\d+$/.test(intPart)) {
    const groupClass = group.map((g) => `\\u${g.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const grouped = new RegExp(`^\\d{1,3}([${groupClass.join('')}]\\d{3})+$`);
    if (!grouped.test(intPart)) return { ok: false, problem: 'ambiguous' };
    const signs = new Set([...intPart].filter((ch) => !/\d/.test(ch)));
    if (signs.size > 1) return { ok: false, problem: 'ambiguous' };
  }
  if (fraction.length > maxFractionDigits)
    return { ok: false, problem: maxFractionDigits === 0 ? 'invalid' : 'tooPrecise' };
  const whole = intPart.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  return { ok: true, empty: false, value: fraction ? `${whole}.${fraction}` : whole };
}

const NUMBER_LOCALES: Record<Lang, string> = {
  fa: 'fa-IR-u-nu-arabext',
  tr: 'tr-TR',
  en: 'en-GB',
};

/** A plain decimal ("11.8000") as a person of `lang` would type it ("11,80" in Turkish). */
export function editableNumber(amount: string | number | null | undefined, lang: Lang): string {
  if (amount === null || amount === undefined || amount === '') return '';
  const text = String(amount);
  const [whole, fraction = ''] = text.split('.');
  const kept = fraction.replace(/0+$/, '');
  const digits = kept ? (kept.length === 1 ? `${kept}0` : kept) : '';
  const n = Number(whole);
  if (!Number.isFinite(n)) return text;
  const intText = new Intl.NumberFormat(NUMBER_LOCALES[lang], { useGrouping: false }).format(n);
  if (!digits) return intText;
  const sep = lang === 'fa' ? '\u066b' : lang === 'tr' ? ',' : '.';
  const fracText = lang === 'fa' ? digits.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]) : digits;
  return `${intText}${sep}${fracText}`;
}
