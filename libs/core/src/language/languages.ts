/** The languages Niaz speaks and stores text in: Persian, Turkish, English. One definition. */
export const LANGUAGES = ['fa', 'tr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
