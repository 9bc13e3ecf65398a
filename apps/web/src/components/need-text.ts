import { isolateCodes } from '@niaz/text';
import type { Lang } from '../i18n/languages';

interface Texts {
  title: string;
  description?: string | null;
  language?: string;
  translations?: Partial<Record<Lang, { title?: string; description?: string }>>;
}

export interface ReadableText {
  title: string;
  description: string;
  /** The language the owner wrote the need in, when the reader gets the owner's translation. */
  translatedFrom: string | null;
}

/**
 * A need's title and summary in the reader's language when its owner gave them, else as
 * written; a translation is marked with the original's language so the reader knows.
 */
export function needText(n: Texts, lang: Lang): ReadableText {
  const own = n.language === lang ? undefined : n.translations?.[lang];
  // Part numbers in Persian text read as typed (`۶۲۰۴-2RS`, not "2RS-۶۲۰۴").
  const read = (s: string, language: string | undefined) =>
    language === 'fa' ? isolateCodes(s) : s;
  if (!own?.title && !own?.description)
    return {
      title: read(n.title, n.language),
      description: read(n.description ?? '', n.language),
      translatedFrom: null,
    };
  return {
    title: own.title ? read(own.title, lang) : read(n.title, n.language),
    description: own.description
      ? read(own.description, lang)
      : read(n.description ?? '', n.language),
    translatedFrom: n.language ?? null,
  };
}
