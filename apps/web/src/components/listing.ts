import { toAsciiDigits } from '../i18n/format';
import type { Lang } from '../i18n/languages';
import {
  translationDrafts,
  translationsPayload,
  type TranslationDrafts,
} from './translations-fields';

/** What a need and a capability both say of themselves, as their forms hold it. */
export interface ListingDraft {
  title: string;
  description: string;
  /** The language it is written in (the form's, for a new one). */
  language: Lang;
  translations: TranslationDrafts;
  hsCodes: string[];
  isic: string;
}

/** A new listing, written in the form's language. */
export const emptyListing = (lang: Lang): ListingDraft => ({
  title: '',
  description: '',
  language: lang,
  translations: {},
  hsCodes: [],
  isic: '',
});

type Listed = Pick<ListingDraft, 'title' | 'description' | 'language' | 'hsCodes'> & {
  translations?: Parameters<typeof translationDrafts>[0];
  isic?: string | null;
};

/** The draft of what the API answered. */
export const listingDraft = (x: Listed): ListingDraft => ({
  title: x.title,
  description: x.description,
  language: x.language,
  translations: translationDrafts(x.translations),
  hsCodes: x.hsCodes,
  isic: x.isic ?? '',
});

const optional = (s: string) => (s.trim() === '' ? undefined : s.trim());

/** What to send of it (the language is the server's to detect). */
export const listingPayload = (d: ListingDraft) => ({
  title: d.title.trim(),
  description: optional(d.description),
  translations: translationsPayload(d.language, d.translations),
  hsCodes: d.hsCodes,
  isic: optional(toAsciiDigits(d.isic)),
});
