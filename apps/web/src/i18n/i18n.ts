import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setLanguageSource } from '../api/http';
import en from './locales/en.json';
import fa from './locales/fa.json';
import tr from './locales/tr.json';
import { LANGUAGE_STORAGE_KEY, type Lang, isLang, pickLanguage } from './languages';

function savedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** `<html lang dir>` follow the language, so the whole page flips for Persian. */
function applyToDocument(lang: string): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = i18next.dir(lang);
}

export const i18n = i18next;

export async function initI18n(): Promise<void> {
  const lng = pickLanguage(savedLanguage(), navigator.languages ?? [navigator.language]);
  i18next.on('languageChanged', (l) => applyToDocument(l));
  await i18next.use(initReactI18next).init({
    resources: { fa: { translation: fa }, tr: { translation: tr }, en: { translation: en } },
    lng,
    fallbackLng: 'en',
    supportedLngs: ['fa', 'tr', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(lng);
  setLanguageSource(() => currentLang());
}

export function currentLang(): Lang {
  const l = i18next.resolvedLanguage ?? i18next.language;
  return isLang(l) ? l : 'en';
}

export async function changeLanguage(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  await i18next.changeLanguage(lang);
}
