import { toAsciiDigits } from './normalize';

/**
 * Read a number the way Persian, Turkish and English writers type it and return it as a
 * plain ASCII decimal string (`'-12500.75'`), or null when the text is not one number.
 *
 * - Digits: ASCII, Persian ۰–۹ and Arabic-Indic ٠–٩, in any mix.
 * - `٫` (U+066B) is always the decimal point and `٬` (U+066C) always a thousands mark.
 * - Spaces (also thin and no-break) only group thousands.
 * - When two different marks occur (`1,234.5`, `1.234,5`), the last one is the decimal
 *   point. A mark that occurs more than once groups thousands (`1.250.000`).
 * - A single `,` or `،` followed by exactly three digits groups thousands (`12,500`);
 *   otherwise it is a decimal comma (`3,5`, `۳،۵`). A single `.` is a decimal point.
 * - A single `/` between Persian digits is a decimal point (`۲/۵`, a common Persian
 *   habit); with ASCII digits a slash is a fraction or a date and is refused.
 * Thousands groups must be well formed (1–3 digits, then groups of exactly 3).
 */
export function parseLocalizedNumber(input: string): string | null {
  if (typeof input !== 'string') return null;
  const raw = input
    .normalize('NFKC')
    .replace(/[\u200C\u200E\u200F\u061C\u202A-\u202E]/g, '')
    .trim();
  if (raw === '') return null;
  const hadLocalDigits = /[\u06F0-\u06F9\u0660-\u0669]/.test(raw);
  let s = toAsciiDigits(raw).replace(/[\s\u00A0\u2009\u202F]+/g, ' ');

  let sign = '';
  const signMatch = /^([-+\u2212])\s*/.exec(s);
  if (signMatch) {
    sign = signMatch[1] === '+' ? '' : '-';
    s = s.slice(signMatch[0].length);
  }
  if (!/^[0-9.,،٫٬/ ]+$/.test(s) || !/[0-9]/.test(s)) return null;

  // Name every mark by its role: G = groups thousands, D = decimal point.
  const marks = [...s.matchAll(/[^0-9]/g)].map((m) => m[0]);
  const kinds = [...new Set(marks.filter((m) => m !== ' ' && m !== '٬'))];
  let decimal: string | null = null;
  if (marks.includes('٫')) decimal = '٫';
  else if (kinds.length === 2)
    decimal = s.lastIndexOf(kinds[0]) > s.lastIndexOf(kinds[1]) ? kinds[0] : kinds[1];
  else if (kinds.length === 1 && marks.filter((m) => m === kinds[0]).length === 1) {
    const k = kinds[0];
    if (k === '/') {
      if (!hadLocalDigits) return null;
      decimal = k;
    } else if (k === '.') decimal = k;
    else if (!/^[0-9]{1,3}[,،][0-9]{3}$/.test(s)) decimal = k;
  } else if (kinds.length > 2) return null;
  if (kinds.includes('/') && decimal !== '/') return null;

  const [intPart, fracPart, ...rest] = decimal === null ? [s] : s.split(decimal);
  if (rest.length > 0 || (fracPart !== undefined && !/^[0-9]*$/.test(fracPart))) return null;
  const groups = intPart.split(/[^0-9]/);
  if (
    groups.length > 1 &&
    !(
      groups[0].length >= 1 &&
      groups[0].length <= 3 &&
      groups.slice(1).every((g) => g.length === 3)
    )
  ) {
    return null;
  }
  const digits = groups.join('');
  if (digits === '' && !fracPart) return null;
  const whole = digits === '' ? '0' : digits;
  return fracPart ? `${sign}${whole}.${fracPart}` : `${sign}${whole}`;
}
