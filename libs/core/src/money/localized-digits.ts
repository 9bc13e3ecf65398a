import { Transform } from 'class-transformer';

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;

/** Persian ۰–۹ and Arabic-Indic ٠–٩ digits, and their separators, as ASCII. */
export function asciiDigits(input: string): string {
  let out = '';
  for (const ch of input) {
    const code = ch.codePointAt(0)!;
    if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) out += String(code - PERSIAN_ZERO);
    else if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9)
      out += String(code - ARABIC_INDIC_ZERO);
    else if (ch === '\u066b')
      out += '.'; // Arabic decimal separator
    else if (ch === '\u066c' || ch === '\u060c')
      out += ','; // thousands separator, Arabic comma
    else out += ch;
  }
  return out;
}

/**
 * For numeric fields: a string of Persian or Arabic-Indic digits is accepted as the number
 * it spells; anything else passes through unchanged for the validators to judge.
 */
export function LocalizedNumber(): PropertyDecorator {
  return Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const ascii = asciiDigits(value).trim();
    return /^-?\d+(\.\d+)?$/.test(ascii) ? Number(ascii) : value;
  });
}

/** For decimal strings and codes: Persian or Arabic-Indic digits become ASCII. */
export function LocalizedDigits(): PropertyDecorator {
  return Transform(({ value }) => {
    if (typeof value === 'string') return asciiDigits(value).trim();
    if (Array.isArray(value))
      return value.map((v) => (typeof v === 'string' ? asciiDigits(v).trim() : v));
    return value;
  });
}
