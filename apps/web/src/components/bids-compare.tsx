import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bidComparison, bidsForNeed, decideBid, type Decision } from '../api/bids';
import { getOrganization } from '../api/identity';
import { BidFiles } from './attachments';
import { CardFields, type CardField } from './card-fields';
import { splitProblem } from '../api/problem';
import type { Bid, Need } from '../api/types';
import {
  formatDate,
  formatDeadlineShort,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRate,
} from '../i18n/format';
import { Field, FormError } from './field';
import { useAsync, useLang, useMediaQuery, useNow } from './hooks';
import { ConfirmButton } from './confirm-button';
import { DecisionReason, LoadError, Loading, StatusBadge } from './status';

/** Bid columns side by side: one column per supplier, one row per thing to compare. */
export function BidsCompare({ need, onChanged }: { need: Need; onChanged: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  // The comparison (totals, converted amounts, the honest "lowest") comes with the opened list.
  // The currency everything is converted into (the server's default until the owner picks).
  const [currency, setCurrency] = useState<string | undefined>();
  const bids = useAsync(async () => {
    const list = await bidsForNeed(need.id);
    const comparison = list.sealed
      ? null
      : await bidComparison(need.id, currency).catch(() => null);
    return { ...list, comparison };
  }, [need.id, currency]);
  const [names, setNames] = useState<Record<string, string>>({});
  const [confirmAward, setConfirmAward] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const now = useNow(1000);
  const deadline = Date.parse(need.bidDeadline);
  const lastReload = useRef(0);
  // Phones get one card per bid; wider screens the bids side by side.
  const narrow = useMediaQuery('(max-width: 719.98px)');

  // When the deadline passes while the page is open, the sealed bids open by themselves.
  useEffect(() => {
    if (bids.data?.sealed && now >= deadline + 1000 && now - lastReload.current > 4000) {
      lastReload.current = now;
      void bids.reload();
    }
  }, [now, deadline, bids]);

  const items = bids.data?.items ?? [];
  useEffect(() => {
    const missing = [
      ...new Set(
        items
          .map((b) => b.organizationId)
          .filter((id): id is string => Boolean(id) && !names[id as string]),
      ),
    ];
    if (!missing.length) return;
    void Promise.all(
      missing.map((id) =>
        getOrganization(id)
          .then((o) => [id, o.name] as const)
          .catch(() => [id, ''] as const),
      ),
    ).then((pairs) => setNames((n) => ({ ...n, ...Object.fromEntries(pairs) })));
  }, [items]);

  if (bids.loading && !bids.data) return <Loading />;
  if (bids.error) return <LoadError error={bids.error} />;
  if (!bids.data) return null;

  const decide = async (bid: Bid, decision: Decision) => {
    setBusy(true);
    setError(null);
    try {
      await decideBid(bid.id, decision);
      setConfirmAward(null);
      await bids.reload();
      onChanged();
    } catch (e) {
      setError(splitProblem(e, []).form);
    } finally {
      setBusy(false);
    }
  };

  // Sealed bids exist for no one but their authors until the deadline: not even how many
  // there are (issue 15), so the owner sees the same page whether or not any came in.
  if (bids.data.sealed) {
    const left = Math.max(0, deadline - now);
    return (
      <div>
        <p>
          {t('bids.sealedUntil', {
            date: formatDeadlineShort(need.bidDeadline, need.timeZone, lang),
          })}
        </p>
        {left > 0 ? (
          <p className="muted" aria-live="off">
            {t('bids.opensIn', { time: countdown(left, lang, t) })}
          </p>
        ) : (
          <Loading />
        )}
      </div>
    );
  }

  if (!items.length) return <p>{t('bids.noneYet')}</p>;

  // "Lowest" only as the server ranks it (within a group of one currency, or among totals
  // converted into one), and only where there is something to be lower than.
  const compared = new Map((bids.data.comparison?.items ?? []).map((c) => [c.bidId, c]));
  const groupOf = (b: Bid) => compared.get(b.id)?.group ?? null;
  const isLowest = (b: Bid) =>
    compared.get(b.id)?.lowest === true &&
    items.filter((x) => groupOf(x) === groupOf(b)).length > 1;
  const decidable = need.status === 'open' || need.status === 'evaluating';
  const supplier = (b: Bid) =>
    (b.organizationId && names[b.organizationId]) ||
    t('bids.supplierN', { n: formatNumber(items.indexOf(b) + 1, lang) });

  const decideCell = (b: Bid) => (
    <>
      {b.status === 'submitted' ? (
        <button
          type="button"
          className="button--secondary"
          disabled={busy}
          onClick={() => void decide(b, 'shortlist')}
          aria-label={t('bids.shortlistOf', { name: supplier(b) })}
        >
          {t('bids.shortlist')}
        </button>
      ) : null}
      {b.status === 'submitted' || b.status === 'shortlisted' ? (
        <>
          <ConfirmButton
            secondary
            disabled={busy}
            label={t('bids.reject')}
            ariaLabel={t('bids.rejectOf', { name: supplier(b) })}
            question={t('confirm.rejectBid', { name: supplier(b) })}
            yes={t('confirm.rejectYes')}
            onConfirm={() => void decide(b, 'reject')}
          />
          {confirmAward === b.id ? (
            <span className="confirm" role="group" aria-label={t('bids.confirmAward')}>
              <span>{t('bids.confirmAwardText', { name: supplier(b) })}</span>
              <button type="button" disabled={busy} onClick={() => void decide(b, 'award')}>
                {t('bids.confirmAwardYes')}
              </button>
              <button
                type="button"
                className="button--secondary"
                onClick={() => setConfirmAward(null)}
              >
                {t('common.cancel')}
              </button>
            </span>
          ) : (
            <button
              type="button"
              disabled={busy}
              onClick={() => setConfirmAward(b.id)}
              aria-label={t('bids.awardOf', { name: supplier(b) })}
            >
              {t('bids.award')}
            </button>
          )}
        </>
      ) : null}
    </>
  );

  const convertedCell = (b: Bid) => {
    const c = compared.get(b.id);
    return c?.converted ? (
      <>
        {formatMoney(c.converted.total, lang, 2)}
        {isLowest(b) ? <span className="tag">{t('bids.lowest')}</span> : null}
        {c.converted.rate.asOf ? (
          <small className="muted rate">
            {' '}
            {t('bids.compareRateAsOf', {
              from: c.converted.rate.from,
              to: c.converted.rate.to,
              value: formatRate(c.converted.rate.value, lang),
              date: formatDate(c.converted.rate.asOf, lang),
            })}
            {c.converted.rate.sources.length ? (
              <span className="rate__source">
                {t('tender.rateSource', { source: c.converted.rate.sources.join(', ') })}
              </span>
            ) : null}
          </small>
        ) : null}
      </>
    ) : (
      <span className="muted">{t('bids.compareRateMissing')}</span>
    );
  };

  // One row per thing to compare: a table's rows on wide screens, each card's lines on phones.
  const comparison = bids.data.comparison;
  // Without a chosen currency the server ranks each bid among bids in its own currency only.
  const byCurrency = comparison?.grouping === 'currency';
  const criteria = comparison?.awardCriteria ?? null;
  const score = (b: Bid) => compared.get(b.id)?.score ?? null;
  const points = (key: 'price' | 'localContent' | 'leadTimeDays') => (b: Bid) => {
    const s = score(b);
    return s ? formatNumber(s[key], lang) : <span className="muted">{t('common.none')}</span>;
  };
  const criterionRow = (key: 'price' | 'localContent' | 'leadTimeDays') =>
    criteria && criteria[key] > 0
      ? [
          {
            key: `points-${key}`,
            label: t('tender.pointsFor', {
              criterion: t(`tender.criteria.${key}`),
              weight: formatNumber(criteria[key], lang),
            }),
            cell: points(key),
          },
        ]
      : [];
  const rows: Array<CardField<Bid> & { best?: boolean }> = [
    { key: 'price', label: t('bid.price'), cell: (b) => formatMoney(b.price, lang) },
    ...(comparison
      ? [
          {
            key: 'total',
            label: t('bids.compareTotal'),
            cell: (b: Bid) => (
              <>
                {formatMoney(compared.get(b.id)?.total, lang, 2)}
                {byCurrency && isLowest(b) ? <span className="tag">{t('bids.lowest')}</span> : null}
              </>
            ),
            best: byCurrency,
          },
          {
            key: 'converted',
            label: t('bids.compareConvertedTotal', { currency: comparison.currency }),
            cell: convertedCell,
            best: !byCurrency,
          },
        ]
      : []),
    { key: 'quantity', label: t('bid.quantity'), cell: (b) => formatNumber(b.quantity, lang) },
    {
      key: 'lead',
      label: t('bid.leadTimeDays'),
      cell: (b) => t('bids.days', { n: formatNumber(b.leadTimeDays, lang) }),
    },
    {
      key: 'local',
      label: t('bid.localContentPercent'),
      cell: (b) => formatPercent(b.localContentPercent, lang),
    },
    ...(criteria
      ? [
          ...criterionRow('price'),
          ...criterionRow('localContent'),
          ...criterionRow('leadTimeDays'),
          {
            key: 'score',
            label: t('tender.score'),
            cell: (b: Bid) => {
              const s = score(b);
              if (!s) return <span className="muted">{t('tender.notScored')}</span>;
              return (
                <>
                  <strong>{t('tender.scoreOf', { n: formatNumber(s.total, lang) })}</strong>{' '}
                  <span className={`tag${s.rank === 1 ? '' : ' tag--plain'}`}>
                    {t('tender.rank', { n: formatNumber(s.rank, lang) })}
                  </span>
                </>
              );
            },
            className: 'score-row',
          },
        ]
      : []),
    { key: 'valid', label: t('bid.validUntil'), cell: (b) => formatDate(b.validUntil, lang) },
    {
      key: 'proposal',
      label: t('bid.proposal'),
      cell: (b) => <bdi>{b.proposal}</bdi>,
      className: 'proposal',
    },
    { key: 'files', label: t('files.bidFiles'), cell: (b) => <BidFiles bidId={b.id} /> },
    {
      key: 'status',
      label: t('common.status'),
      cell: (b) => (
        <>
          <StatusBadge kind="bid" status={b.status} />
          <DecisionReason bid={b} />
        </>
      ),
    },
    ...(decidable
      ? [{ key: 'decide', label: t('bids.decide'), cell: decideCell, className: 'decide' }]
      : []),
  ];

  // The groups the server ranks in: one per currency, or the converted bids together; bids
  // it could not convert stand apart, unranked. With criteria, each group in score order.
  const groupKeys: Array<string | null> = comparison ? [...new Set(items.map(groupOf))] : [null];
  const groups = groupKeys
    .sort((a, b) => (a === null ? 1 : b === null ? -1 : 0))
    .map((key) => ({
      key,
      items: items
        .filter((b) => !comparison || groupOf(b) === key)
        .sort((x, y) => (score(x)?.rank ?? 1e9) - (score(y)?.rank ?? 1e9)),
    }));
  const many = groups.length > 1;
  const groupTitle = (key: string | null) =>
    key === null
      ? t('tender.groupUnranked')
      : byCurrency
        ? t('tender.groupInCurrency', { currency: key })
        : t('tender.groupConverted', { currency: key });

  const currencies = [
    ...new Set([
      ...(comparison ? [comparison.currency] : []),
      ...items.map((b) => b.price?.currency).filter((c): c is string => Boolean(c)),
      'EUR',
      'USD',
    ]),
  ];
  const currencyPicker =
    comparison && !comparison.bidCurrency ? (
      <div className="compare-in">
        <Field label={t('tender.compareIn')} hint={t('tender.compareInHint')}>
          <select
            value={byCurrency ? '' : comparison.currency}
            onChange={(e) => setCurrency(e.target.value || undefined)}
          >
            <option value="">{t('tender.eachInOwnCurrency')}</option>
            {currencies.map((c) => (
              <option key={c} value={c}>
                {t(`currency.${c}`, { defaultValue: c })}
              </option>
            ))}
          </select>
        </Field>
      </div>
    ) : null;

  const title = (key: string | null) =>
    many ? `${t('bids.compareTitle')} — ${groupTitle(key)}` : t('bids.compareTitle');

  const cards = (key: string | null, group: Bid[]) => {
    const id = `compare-${need.id}-${key ?? 'none'}`;
    return (
      <div key={key ?? 'none'}>
        <h3 className="h3" id={id}>
          {title(key)}
        </h3>
        <ul className="bid-cards" aria-labelledby={id}>
          {group.map((b) => (
            <li key={b.id} className={`bid-card${isLowest(b) ? ' best' : ''}`}>
              <h4 className="bid-card__title">{supplier(b)}</h4>
              <CardFields fields={rows} item={b} />
            </li>
          ))}
        </ul>
      </div>
    );
  };

  const table = (key: string | null, group: Bid[]) => (
    <div
      key={key ?? 'none'}
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={title(key)}
    >
      <table className="compare">
        <caption>{title(key)}</caption>
        <thead>
          <tr>
            <td />
            {group.map((b) => (
              <th key={b.id} scope="col">
                {supplier(b)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {group.map((b) => (
                <td
                  key={b.id}
                  className={
                    [r.className, r.best && isLowest(b) ? 'best' : null]
                      .filter(Boolean)
                      .join(' ') || undefined
                  }
                >
                  {r.cell(b)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <div>
      <FormError message={error} />
      {currencyPicker}
      {byCurrency && many ? <p className="hint">{t('tender.groupsHint')}</p> : null}
      {groups.map((g) => (narrow ? cards(g.key, g.items) : table(g.key, g.items)))}
    </div>
  );
}

/** "64 days · 10:51:00": the days named, the rest as a clock. */
function countdown(ms: number, lang: 'fa' | 'tr' | 'en', t: TFunction): string {
  const s = Math.ceil(ms / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const pad = (n: number) => formatNumber(n, lang).padStart(2, formatNumber(0, lang));
  const days = d ? `${t('bids.days', { count: d, n: formatNumber(d, lang) })} · ` : '';
  return `${days}${pad(h)}:${pad(m)}:${pad(sec)}`;
}
