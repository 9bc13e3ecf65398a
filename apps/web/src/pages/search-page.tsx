import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../api/problem';
import { search, type SearchKind } from '../api/search';
import { useCountryName } from '../components/country-select';
import { Field } from '../components/field';
import { useAsync, useDebounced, useLang } from '../components/hooks';
import { Loading } from '../components/status';
import { formatDate, formatNumber } from '../i18n/format';

const FILTERS = ['hs', 'country', 'province', 'certification', 'isic', 'status'] as const;
type Filter = (typeof FILTERS)[number];
/** Facet names the API may return, mapped to the filter they set. */
const FACET_FILTER: Record<string, Filter> = {
  hsChapters: 'hs',
  hsChapter: 'hs',
  hs: 'hs',
  hsHeadings: 'hs',
  country: 'country',
  province: 'province',
  certifications: 'certification',
  requiredCertifications: 'certification',
  certification: 'certification',
  isic: 'isic',
  status: 'status',
};

/** Needs or capabilities as you type, narrowed by facets; the URL keeps the query. */
export function SearchPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const country = useCountryName();
  const [params, setParams] = useSearchParams();
  const kind = (params.get('kind') === 'capabilities' ? 'capabilities' : 'needs') as SearchKind;
  const q = params.get('q') ?? '';
  const debouncedQ = useDebounced(q, 250);
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? undefined])) as Record<
    Filter,
    string | undefined
  >;
  const key = JSON.stringify({ kind, q: debouncedQ, filters });
  const result = useAsync(() => search(kind, { q: debouncedQ || undefined, ...filters }), [key]);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  const facetLabel = (filter: Filter, value: string) =>
    filter === 'country'
      ? country(value)
      : filter === 'status'
        ? t(`status.need.${value}`, value)
        : value;
  const unavailable = result.error instanceof ApiError && result.error.status === 404;

  return (
    <section className="card">
      <h1>{t('search.title')}</h1>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="segmented">
          <legend className="sr-only">{t('search.what')}</legend>
          {(['needs', 'capabilities'] as const).map((k) => (
            <label key={k} className={kind === k ? 'active' : undefined}>
              <input
                type="radio"
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => update({ kind: k === 'needs' ? null : k })}
              />
              {t(`search.kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t('search.query')} hint={t('search.queryHint')}>
          <input
            type="search"
            value={q}
            onChange={(e) => update({ q: e.target.value })}
            autoComplete="off"
          />
        </Field>
      </form>
      <div className="search-layout">
        <aside aria-label={t('search.filters')}>
          {Object.entries(result.data?.facets ?? {}).map(([name, values]) => {
            const filter = FACET_FILTER[name];
            if (!filter || !Object.keys(values).length) return null;
            return (
              <fieldset key={name} className="facet">
                <legend>{t(`search.facet.${filter}`)}</legend>
                <ul>
                  {Object.entries(values)
                    .sort((a, b) => b[1] - a[1])
                    .slice(0, 10)
                    .map(([value, count]) => (
                      <li key={value}>
                        <label className="choice">
                          <input
                            type="checkbox"
                            checked={filters[filter] === value}
                            onChange={(e) => update({ [filter]: e.target.checked ? value : null })}
                          />
                          <span>
                            {facetLabel(filter, value)}{' '}
                            <span className="muted">({formatNumber(count, lang)})</span>
                          </span>
                        </label>
                      </li>
                    ))}
                </ul>
              </fieldset>
            );
          })}
          {FILTERS.some((f) => filters[f]) ? (
            <button
              type="button"
              className="link-button"
              onClick={() => update(Object.fromEntries(FILTERS.map((f) => [f, null])))}
            >
              {t('search.clearFilters')}
            </button>
          ) : null}
        </aside>
        <div aria-live="polite" aria-busy={result.loading}>
          {unavailable ? <p className="muted">{t('search.unavailable')}</p> : null}
          {result.error && !unavailable ? <p className="error">{t('common.loadFailed')}</p> : null}
          {result.loading && !result.data ? <Loading /> : null}
          {result.data ? (
            <>
              <p className="muted">
                {t('search.total', {
                  count: result.data.total,
                  n: formatNumber(result.data.total, lang),
                })}
              </p>
              <ul className="list">
                {result.data.items.map((hit) => (
                  <li key={hit.id} className="list__item">
                    {kind === 'needs' ? (
                      <Link to={`/needs/${hit.id}`} className="list__title">
                        {hit.title}
                      </Link>
                    ) : (
                      <span className="list__title">
                        {hit.title}
                        {hit.organizationName ? ` — ${hit.organizationName}` : ''}
                      </span>
                    )}
                    <span className="list__meta">
                      {hit.hsCodes?.length ? <span dir="ltr">{hit.hsCodes.join(', ')}</span> : null}
                      {hit.country ? ` · ${country(hit.country)}` : ''}
                      {hit.province ? `، ${hit.province}` : ''}
                      {hit.bidDeadline
                        ? ` · ${t('needs.deadlineShort', { date: formatDate(hit.bidDeadline, lang) })}`
                        : ''}
                    </span>
                    {hit.description ? (
                      <p className="snippet">{hit.description.slice(0, 200)}</p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}
