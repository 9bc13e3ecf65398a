/** The languages of the web app; fa is written right to left. */
export const LANGUAGES = ['fa', 'tr', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'niaz.lang';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The saved choice, else the first of the browser's languages that we speak (so a browser
 * that prefers Persian gets Persian), else English.
 */
export function pickLanguage(saved: string | null, preferred: readonly string[]): Lang {
  if (isLang(saved)) return saved;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}
