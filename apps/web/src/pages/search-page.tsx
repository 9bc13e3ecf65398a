import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listExhibitions } from '../api/exhibitions';
import {
  searchCapabilities,
  searchNeeds,
  type NeedStatusFilter,
  type SearchFilters,
} from '../api/search';
import type { CapabilitySearchHit, NeedSearchHit } from '../api/types';
import { useCountryName } from '../components/country-select';
import { Field } from '../components/field';
import { Highlighted } from '../components/highlighted';
import { useAsync, useDebounced, useLang } from '../components/hooks';
import { useHsName } from '../components/hs-picker';
import { LoadError, Loading } from '../components/status';
import { formatDeadlineShort, formatNumber, joinList, zoneOfCountry } from '../i18n/format';

/** Filters kept in the URL; each may hold several values (OR), filters combine with AND. */
const FILTERS = ['hs', 'country', 'province', 'certification', 'exhibitionId'] as const;
type Filter = (typeof FILTERS)[number];
/** The API's facet names → the filter each one sets. */
const FACET_FILTER: Record<string, Filter> = {
  hsChapter: 'hs',
  country: 'country',
  province: 'province',
  certification: 'certification',
  exhibitionId: 'exhibitionId',
};
const STATUSES: NeedStatusFilter[] = ['open', 'evaluating', 'awarded', 'closed'];
const FACETS_SHOWN = 8;

type Hit = (NeedSearchHit | CapabilitySearchHit) & { kind: 'needs' | 'capabilities' };
interface Results {
  items: Hit[];
  facets: Record<string, Record<string, number>>;
  total: number;
  nextCursor: string | null;
}

function run(kind: 'needs' | 'capabilities', filters: SearchFilters): Promise<Results> {
  if (kind === 'needs')
    return searchNeeds(filters).then((r) => ({
      ...r,
      items: r.items.map((h): Hit => ({ ...h, kind })),
    }));
  return searchCapabilities(filters).then((r) => ({
    ...r,
    items: r.items.map((h): Hit => ({ ...h, kind })),
  }));
}

/** Needs or capabilities as you type, narrowed by facets; the URL keeps the query. */
export function SearchPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const country = useCountryName();
  const hsName = useHsName();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') === 'capabilities' ? 'capabilities' : 'needs';
  const q = params.get('q') ?? '';
  const settledQ = useDebounced(q, 250);
  const status = (params.get('status') ?? 'open') as NeedStatusFilter;
  const selected = Object.fromEntries(FILTERS.map((f) => [f, params.getAll(f)])) as Record<
    Filter,
    string[]
  >;
  const filters: SearchFilters = {
    q: settledQ.trim() || undefined,
    ...selected,
    status: kind === 'needs' ? [status] : undefined,
  };
  const key = JSON.stringify({ kind, filters });
  const first = useAsync(() => run(kind, filters), [key]);
  const [more, setMore] = useState<{ key: string; items: Hit[]; cursor: string | null }>();
  const [loadingMore, setLoadingMore] = useState(false);
  useEffect(() => setMore(undefined), [key]);
  const exhibitions = useAsync(() => listExhibitions(), []);
  const exhibitionTitle = (id: string) =>
    exhibitions.data?.items.find((x) => x.id === id)?.title ?? id.slice(0, 8);

  const results = first.data;
  const extra = more?.key === key ? more : undefined;
  const items = results ? [...results.items, ...(extra?.items ?? [])] : [];
  const cursor = extra ? extra.cursor : (results?.nextCursor ?? null);
  const loadMore = () => {
    if (!cursor) return;
    setLoadingMore(true);
    run(kind, { ...filters, cursor })
      .then((page) =>
        setMore({ key, items: [...(extra?.items ?? []), ...page.items], cursor: page.nextCursor }),
      )
      .catch(() => undefined)
      .finally(() => setLoadingMore(false));
  };

  const update = (changes: Record<string, string | string[] | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      next.delete(k);
      for (const value of Array.isArray(v) ? v : v ? [v] : []) next.append(k, value);
    }
    setParams(next, { replace: true });
  };
  const toggle = (filter: Filter, value: string, on: boolean) =>
    update({
      [filter]: on ? [...selected[filter], value] : selected[filter].filter((v) => v !== value),
    });

  const valueLabel = (filter: Filter, value: string) => {
    switch (filter) {
      case 'country':
        return country(value);
      case 'hs': {
        const name = hsName(value);
        return name ? `${value} — ${name}` : value;
      }
      case 'exhibitionId':
        return exhibitionTitle(value);
      default:
        return value;
    }
  };
  const anyFilter = FILTERS.some((f) => selected[f].length);

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
                onChange={() =>
                  update({ kind: k === 'needs' ? null : k, exhibitionId: null, status: null })
                }
              />
              {t(`search.kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <div className="row">
          <Field label={t('search.query')} hint={t('search.queryHint')}>
            <input
              type="search"
              value={q}
              onChange={(e) => update({ q: e.target.value })}
              autoComplete="off"
            />
          </Field>
          {kind === 'needs' ? (
            <Field label={t('common.status')}>
              <select
                value={status}
                onChange={(e) =>
                  update({ status: e.target.value === 'open' ? null : e.target.value })
                }
              >
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.need.${s}`)}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
        </div>
      </form>
      <div className="search-layout">
        <aside aria-label={t('search.filters')}>
          {Object.entries(results?.facets ?? {}).map(([name, counts]) => {
            const filter = FACET_FILTER[name];
            if (!filter) return null;
            const values = Object.entries(counts)
              .sort((a, b) => b[1] - a[1])
              .slice(0, FACETS_SHOWN);
            for (const v of selected[filter])
              if (!values.some(([x]) => x === v)) values.push([v, counts[v] ?? 0]);
            if (!values.length) return null;
            return (
              <fieldset key={name} className="facet">
                <legend>{t(`search.facet.${filter}`)}</legend>
                <ul>
                  {values.map(([value, count]) => (
                    <li key={value}>
                      <label className="choice">
                        <input
                          type="checkbox"
                          checked={selected[filter].includes(value)}
                          onChange={(e) => toggle(filter, value, e.target.checked)}
                        />
                        <span>
                          <span dir={filter === 'hs' ? 'auto' : undefined}>
                            {valueLabel(filter, value)}
                          </span>{' '}
                          <span className="muted">({formatNumber(count, lang)})</span>
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            );
          })}
          {anyFilter ? (
            <button
              type="button"
              className="link-button"
              onClick={() => update(Object.fromEntries(FILTERS.map((f) => [f, null])))}
            >
              {t('search.clearFilters')}
            </button>
          ) : null}
        </aside>
        <div aria-live="polite" aria-busy={first.loading}>
          {first.error ? <LoadError error={first.error} /> : null}
          {first.loading && !results ? <Loading /> : null}
          {results ? (
            <>
              <p className="muted">
                {t('search.total', { count: results.total, n: formatNumber(results.total, lang) })}
              </p>
              {items.length ? (
                <ul className="list">
                  {items.map((hit) => (
                    <SearchResult key={hit.id} hit={hit} />
                  ))}
                </ul>
              ) : (
                <p>{t('search.noResults')}</p>
              )}
              {cursor ? (
                <p>
                  <button
                    type="button"
                    className="button--secondary"
                    disabled={loadingMore}
                    onClick={loadMore}
                  >
                    {t('common.showMore')}
                  </button>
                </p>
              ) : null}
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}

function SearchResult({ hit }: { hit: Hit }) {
  const { t } = useTranslation();
  const lang = useLang();
  const country = useCountryName();
  const title = <Highlighted html={hit.highlights.title} fallback={hit.title} />;
  const place = joinList([country(hit.country), hit.province], lang);
  return (
    <li className="list__item">
      {hit.kind === 'needs' ? (
        <Link to={`/needs/${hit.id}`} className="list__title" dir="auto">
          {title}
        </Link>
      ) : (
        <span className="list__title" dir="auto">
          {title}
        </span>
      )}
      <span className="list__meta">
        <bdi>{hit.organization.name}</bdi>
        {hit.organization.verified ? ` · ${t('org.verified')}` : ''} · {place}
        {hit.hsCodes.length ? (
          <>
            {' · '}
            <span dir="ltr">{hit.hsCodes.join(', ')}</span>
          </>
        ) : null}
        {'bidDeadline' in hit
          ? ` · ${t('needs.deadlineShort', {
              date: formatDeadlineShort(hit.bidDeadline, zoneOfCountry(hit.country), lang),
            })}`
          : null}
      </span>
      {hit.description ? (
        <p className="snippet" dir="auto">
          <Highlighted html={hit.highlights.description} fallback={hit.description.slice(0, 200)} />
        </p>
      ) : null}
    </li>
  );
}
