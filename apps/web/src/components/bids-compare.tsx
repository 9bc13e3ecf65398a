import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bidComparison, bidsForNeed, decideBid, type Decision } from '../api/bids';
import { getOrganization } from '../api/identity';
import { BidFiles } from './attachments';
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

  // "Lowest" only as the server ranks it: among totals converted into one currency.
  const compared = new Map((bids.data.comparison?.items ?? []).map((c) => [c.bidId, c]));
  const isLowest = (b: Bid) => items.length > 1 && compared.get(b.id)?.lowest === true;
  const decidable = need.status === 'open' || need.status === 'evaluating';
  const supplier = (b: Bid, i: number) =>
    (b.organizationId && names[b.organizationId]) ||
    t('bids.supplierN', { n: formatNumber(i + 1, lang) });

  const decideCell = (b: Bid, i: number) => (
    <>
      {b.status === 'submitted' ? (
        <button
          type="button"
          className="button--secondary"
          disabled={busy}
          onClick={() => void decide(b, 'shortlist')}
          aria-label={t('bids.shortlistOf', { name: supplier(b, i) })}
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
            ariaLabel={t('bids.rejectOf', { name: supplier(b, i) })}
            question={t('confirm.rejectBid', { name: supplier(b, i) })}
            yes={t('confirm.rejectYes')}
            onConfirm={() => void decide(b, 'reject')}
          />
          {confirmAward === b.id ? (
            <span className="confirm" role="group" aria-label={t('bids.confirmAward')}>
              <span>{t('bids.confirmAwardText', { name: supplier(b, i) })}</span>
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
              aria-label={t('bids.awardOf', { name: supplier(b, i) })}
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
  const rows: Array<{
    key: string;
    label: string;
    cell: (b: Bid, i: number) => ReactNode;
    best?: boolean;
    className?: string;
  }> = [
    { key: 'price', label: t('bid.price'), cell: (b) => formatMoney(b.price, lang) },
    ...(comparison
      ? [
          {
            key: 'total',
            label: t('bids.compareTotal'),
            cell: (b: Bid) => formatMoney(compared.get(b.id)?.total, lang, 2),
          },
          {
            key: 'converted',
            label: t('bids.compareConvertedTotal', { currency: comparison.currency }),
            cell: convertedCell,
            best: true,
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

  const currencies = [
    ...new Set([
      ...(comparison ? [comparison.currency] : []),
      ...items.map((b) => b.price?.currency).filter((c): c is string => Boolean(c)),
      'EUR',
      'USD',
    ]),
  ];
  const currencyPicker = comparison ? (
    <div className="compare-in">
      <Field label={t('tender.compareIn')}>
        <select value={comparison.currency} onChange={(e) => setCurrency(e.target.value)}>
          {currencies.map((c) => (
            <option key={c} value={c}>
              {t(`currency.${c}`, { defaultValue: c })}
            </option>
          ))}
        </select>
      </Field>
    </div>
  ) : null;

  if (narrow)
    return (
      <div>
        <FormError message={error} />
        {currencyPicker}
        <h3 className="h3" id={`compare-${need.id}`}>
          {t('bids.compareTitle')}
        </h3>
        <ul className="bid-cards" aria-labelledby={`compare-${need.id}`}>
          {items.map((b, i) => (
            <li key={b.id} className={`bid-card${isLowest(b) ? ' best' : ''}`}>
              <h4 className="bid-card__title">{supplier(b, i)}</h4>
              <dl>
                {rows.map((r) => (
                  <div key={r.key} className={r.className}>
                    <dt>{r.label}</dt>
                    <dd>{r.cell(b, i)}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      </div>
    );

  return (
    <div>
      <FormError message={error} />
      {currencyPicker}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('bids.compareTitle')}>
        <table className="compare">
          <caption>{t('bids.compareTitle')}</caption>
          <thead>
            <tr>
              <td />
              {items.map((b, i) => (
                <th key={b.id} scope="col">
                  {supplier(b, i)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {items.map((b, i) => (
                  <td
                    key={b.id}
                    className={
                      [r.className, r.best && isLowest(b) ? 'best' : null]
                        .filter(Boolean)
                        .join(' ') || undefined
                    }
                  >
                    {r.cell(b, i)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
