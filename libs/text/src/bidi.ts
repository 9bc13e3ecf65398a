/** Left-to-Right Isolate … Pop Directional Isolate (Unicode bidi, UAX #9). */
const LRI = '\u2066';
const PDI = '\u2069';

/**
 * Part numbers and grades inside right-to-left text (`۶۲۰۴-2RS`, `18CrNiMo7-6`, `M8x1.25`):
 * letters and digits joined by `-`, `/`, `.` or `×`. Alone, the bidi algorithm lays their
 * pieces out right to left ("2RS-۶۲۰۴"); isolated left to right they read as typed.
 */
const CODE = /(?<![\p{L}\p{Nd}\u2066])[\p{Nd}A-Za-z]+(?:[-/.×][\p{Nd}A-Za-z]+)+(?![\p{L}\p{Nd}])/gu;

/** `text` with each part number isolated left to right; for text written right to left. */
export function isolateCodes(text: string): string {
  return text.replace(CODE, (code) => `${LRI}${code}${PDI}`);
}
