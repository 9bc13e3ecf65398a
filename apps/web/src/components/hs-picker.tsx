import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { useDebounced, useLang } from './hooks';

type HsModule = typeof import('../hs/hs-search');

/** The HS data and its search load on first use, so the rest of the app stays small. */
let hsModule: Promise<HsModule> | null = null;
export const loadHs = () => (hsModule ??= import('../hs/hs-search'));

interface Props {
  legend: string;
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string | null;
  /** Largest number of codes (the API takes 20 for needs, 30 for capabilities). */
  max?: number;
}

/**
 * Pick HS codes by searching in Persian, Turkish or English words (synonyms included) or
 * by a code prefix; any 4–10 digit code may also be added as typed.
 */
export function HsPicker({ legend, value, onChange, error, max = 20 }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query, 150);
  const [hs, setHs] = useState<HsModule | null>(null);
  useEffect(() => {
    void loadHs().then(setHs);
  }, []);

  const results = hs && settled.trim() ? hs.searchHs(settled) : [];
  const typed = hs?.codeDigits(settled);
  const typedCode =
    typed && typed.length >= 4 && !results.some((r) => r.code === typed) ? typed : null;
  const add = (code: string) => {
    if (!value.includes(code) && value.length < max) onChange([...value, code]);
    setQuery('');
  };
  const name = (code: string) => hs?.hsName(code, lang) ?? '';

  return (
    <fieldset className={`hs-picker${error ? ' field--error' : ''}`}>
      <legend>{legend}</legend>
      {value.length ? (
        <ul className="chips" aria-label={t('hs.selected')}>
          {value.map((code) => (
            <li key={code} className="chip">
              <span dir="ltr" className="code">
                {code}
              </span>{' '}
              <span>{name(code)}</span>
              <button
                type="button"
                className="chip__remove"
                aria-label={t('hs.remove', { code })}
                onClick={() => onChange(value.filter((c) => c !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t('hs.noneSelected')}</p>
      )}
      <label htmlFor={id}>{t('hs.search')}</label>
      <input
        id={id}
        type="search"
        autoComplete="off"
        value={query}
        placeholder={t('hs.placeholder')}
        aria-describedby={`${id}-help`}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            const first = results[0]?.code ?? typedCode;
            if (first) add(first);
          }
        }}
      />
      <p className="hint" id={`${id}-help`}>
        {t('hs.help')}
      </p>
      {settled.trim() && hs ? (
        <ul className="hs-results" aria-label={t('hs.results')}>
          {typedCode ? (
            <li>
              <button type="button" className="link-button" onClick={() => add(typedCode)}>
                {t('hs.addTyped', { code: typedCode })}
              </button>
            </li>
          ) : null}
          {results.map((r) => (
            <li key={r.code}>
              <button
                type="button"
                className="link-button"
                disabled={value.includes(r.code)}
                onClick={() => add(r.code)}
              >
                <span dir="ltr" className="code">
                  {r.code}
                </span>{' '}
                {r.names[lang]}{' '}
                <span className="muted">
                  ({t(r.level === 'chapter' ? 'hs.chapter' : 'hs.heading')})
                </span>
              </button>
            </li>
          ))}
          {!results.length && !typedCode ? <li className="muted">{t('hs.noResults')}</li> : null}
        </ul>
      ) : null}
      {error ? <p className="error">{error}</p> : null}
      <p className="sr-only" aria-live="polite">
        {settled.trim() && hs
          ? t('hs.resultCount', { count: results.length, n: formatNumber(results.length, lang) })
          : ''}
      </p>
    </fieldset>
  );
}

/** HS code → its name in the reader's language (empty until the HS data has loaded). */
export function useHsName(): (code: string) => string {
  const lang = useLang();
  const [hs, setHs] = useState<HsModule | null>(null);
  useEffect(() => {
    void loadHs().then(setHs);
  }, []);
  return (code) => hs?.hsName(code, lang) ?? '';
}
