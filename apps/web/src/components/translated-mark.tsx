import { useTranslation } from 'react-i18next';
import { useLang } from './hooks';

/** The name of a language in the reader's own ("Persian", "Farsça", "فارسی"). */
export function useLanguageName(): (code: string) => string {
  const lang = useLang();
  return (code) => {
    try {
      return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
}

/** "translated from Persian": marks text the reader sees in a translation by its owner. */
export function TranslatedMark({ from, short }: { from: string; short?: boolean }) {
  const { t } = useTranslation();
  const name = useLanguageName();
  return (
    <span className="translated-mark">
      {short
        ? t('need.translationTag', { language: name(from) })
        : t('need.translatedFrom', { language: name(from) })}
    </span>
  );
}
