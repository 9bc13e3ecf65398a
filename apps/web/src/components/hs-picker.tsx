import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeHs, suggestHs } from '../api/hs';
import {
  hsServerQuery,
  mergeHsOptions,
  nextHsFocus,
  type ServerHsCode,
} from '../hs/hs-picker-logic';
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

/** The API's HS 2022 codes for a query: a heading's subheadings, a subheading, or suggestions. */
function useServerHs(query: string, lang: 'fa' | 'tr' | 'en'): ServerHsCode[] {
  const [found, setFound] = useState<{ query: string; items: ServerHsCode[] }>({
    query: '',
    items: [],
  });
  useEffect(() => {
    const ask = hsServerQuery(query);
    if (!ask) return;
    let live = true;
    const load =
      ask.kind === 'code'
        ? describeHs(ask.code).then((v) => (v.level === 6 ? [v] : v.children))
        : suggestHs(ask.q, lang).then((v) => v.items);
    load.then(
      (items) => live && setFound({ query, items }),
      () => live && setFound({ query, items: [] }),
    );
    return () => {
      live = false;
    };
  }, [query, lang]);
  return found.query === query ? found.items : [];
}

/**
 * Pick HS codes by searching in Persian, Turkish or English words (synonyms included) or
 * by a code prefix; headings come with their HS 2022 subheadings (6 digits) from the API.
 * Arrow keys move from the search box through the lines, Escape returns; any 4–10 digit code
 * may also be added as typed (the server checks it exists).
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

  const server = useServerHs(settled, lang);
  const local = hs && settled.trim() ? hs.searchHs(settled) : [];
  const results = hs ? mergeHsOptions(local, server, lang, (code) => hs.hsName(code, lang)) : [];
  const typed = hs?.codeDigits(settled);
  const typedCode =
    typed && typed.length >= 4 && !results.some((r) => r.code === typed) ? typed : null;
  const input = useRef<HTMLInputElement>(null);
  const lines = useRef<Array<HTMLButtonElement | null>>([]);
  const add = (code: string) => {
    if (!value.includes(code) && value.length < max) onChange([...value, code]);
    setQuery('');
    input.current?.focus();
  };
  const lineCount = (typedCode ? 1 : 0) + results.length;
  const move = (current: number, e: React.KeyboardEvent) => {
    const next = nextHsFocus(current, e.key, lineCount);
    if (next === null) return;
    e.preventDefault();
    if (next === -1) input.current?.focus();
    else lines.current[next]?.focus();
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
        ref={input}
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
          } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') move(-1, e);
        }}
      />
      <p className="hint" id={`${id}-help`}>
        {t('hs.help')}
      </p>
      {settled.trim() && hs ? (
        <ul className="hs-results" id={`${id}-results`} aria-label={t('hs.results')}>
          {typedCode ? (
            <li>
              <button
                type="button"
                className="link-button"
                ref={(el) => {
                  lines.current[0] = el;
                }}
                onKeyDown={(e) => move(0, e)}
                onClick={() => add(typedCode)}
              >
                {t('hs.addTyped', { code: typedCode })}
              </button>
            </li>
          ) : null}
          {results.map((r, i) => {
            const at = i + (typedCode ? 1 : 0);
            return (
              <li key={r.code} className={r.level === 'subheading' ? 'hs-results__sub' : undefined}>
                <button
                  type="button"
                  className="link-button"
                  ref={(el) => {
                    lines.current[at] = el;
                  }}
                  aria-disabled={value.includes(r.code) || undefined}
                  onKeyDown={(e) => move(at, e)}
                  onClick={() => (value.includes(r.code) ? undefined : add(r.code))}
                >
                  <bdi dir="ltr" className="code">
                    {r.code}
                  </bdi>{' '}
                  {r.description ? <bdi dir="ltr">{r.description}</bdi> : <bdi>{r.name}</bdi>}{' '}
                  <span className="muted">
                    ({t(`hs.${r.level}`)}
                    {r.description && r.name ? (
                      <>
                        {' · '}
                        <bdi>{r.name}</bdi>
                      </>
                    ) : null}
                    )
                  </span>
                </button>
              </li>
            );
          })}
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
