import type { CatalogSection, Exhibition, ExhibitionSection } from '../api/types';
import type { Lang } from '../i18n/languages';

/** A section's title in the reader's language when the organisers gave one. */
export function sectionTitle(
  s: Pick<ExhibitionSection, 'title' | 'translations'> | CatalogSection,
  lang: Lang,
): string {
  return s.translations?.[lang]?.title ?? s.title ?? '';
}

export const exhibitionTitle = (x: Exhibition, lang: Lang) =>
  x.translations[lang]?.title ?? x.title;
