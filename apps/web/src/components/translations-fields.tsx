import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Lang } from '../i18n/languages';
import { Field } from './field';
import { useLanguageName } from './translated-mark';

/** A title and description in each other language, as typed (empty strings when not given). */
export type TranslationDrafts = Partial<Record<Lang, { title: string; description: string }>>;

/** The fields of `translations.<lang>.title|description`, for a form's error mapping. */
export const TRANSLATION_FIELDS = LANGUAGES.flatMap((l) => [
  `translations.${l}.title`,
  `translations.${l}.description`,
]);

/** The drafts of what the API answered. */
export function translationDrafts(
  from: Partial<Record<Lang, { title?: string; description?: string }>> | undefined,
): TranslationDrafts {
  return Object.fromEntries(
    LANGUAGES.map((l) => [
      l,
      { title: from?.[l]?.title ?? '', description: from?.[l]?.description ?? '' },
    ]),
  );
}

/** What to send: the other languages' filled texts; an emptied one is dropped. */
export function translationsPayload(
  original: Lang,
  drafts: TranslationDrafts,
): Partial<Record<Lang, { title?: string; description?: string }>> {
  const out: Partial<Record<Lang, { title?: string; description?: string }>> = {};
  for (const l of LANGUAGES) {
    const x = drafts[l];
    if (l === original || !x) continue;
    const title = x.title.trim();
    const description = x.description.trim();
    if (title || description)
      out[l] = { ...(title ? { title } : {}), ...(description ? { description } : {}) };
  }
  return out;
}

const filled = (d: TranslationDrafts) =>
  Object.values(d).some((x) => x && (x.title.trim() || x.description.trim()));

/**
 * "In other languages": the owner's own title and description for readers of the other two
 * languages, each field in its language's direction. Open when something is filled in.
 */
export function TranslationsFields({
  original,
  value,
  onChange,
  error,
}: {
  original: Lang;
  value: TranslationDrafts;
  onChange: (next: TranslationDrafts) => void;
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const set = (l: Lang, key: 'title' | 'description', text: string) =>
    onChange({ ...value, [l]: { title: '', description: '', ...value[l], [key]: text } });
  return (
    <details className="more" open={filled(value)}>
      <summary>{t('needForm.translations')}</summary>
      <p className="hint">{t('needForm.translationsHint')}</p>
      {LANGUAGES.filter((l) => l !== original).map((l) => (
        <div key={l} lang={l} dir={l === 'fa' ? 'rtl' : 'ltr'} className="translation">
          <Field
            label={t('needForm.translationTitle', { language: languageName(l) })}
            error={error(`translations.${l}.title`)}
          >
            <input
              value={value[l]?.title ?? ''}
              onChange={(e) => set(l, 'title', e.target.value)}
              maxLength={300}
            />
          </Field>
          <Field
            label={t('needForm.translationDescription', { language: languageName(l) })}
            error={error(`translations.${l}.description`)}
          >
            <textarea
              rows={3}
              value={value[l]?.description ?? ''}
              onChange={(e) => set(l, 'description', e.target.value)}
            />
          </Field>
        </div>
      ))}
    </details>
  );
}
