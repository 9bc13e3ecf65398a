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
  if (!own?.title && !own?.description)
    return { title: n.title, description: n.description ?? '', translatedFrom: null };
  return {
    title: own.title || n.title,
    description: own.description || n.description || '',
    translatedFrom: n.language ?? null,
  };
}
