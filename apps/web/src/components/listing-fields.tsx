import { Field } from './field';
import type { ListingDraft } from './listing';
import { TranslationsFields, type TranslationDrafts } from './translations-fields';

/** The description and the texts in other languages, below a listing's title. */
export function DescriptionFields({
  label,
  draft,
  onDescription,
  onTranslations,
  error,
}: {
  label: string;
  draft: ListingDraft;
  onDescription: (v: string) => void;
  onTranslations: (v: TranslationDrafts) => void;
  error: (field: string) => string | undefined;
}) {
  return (
    <>
      <Field label={label} error={error('description')}>
        <textarea
          rows={4}
          value={draft.description}
          onChange={(e) => onDescription(e.target.value)}
        />
      </Field>
      <TranslationsFields
        original={draft.language}
        value={draft.translations}
        onChange={onTranslations}
        error={error}
      />
    </>
  );
}
