import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { myBids } from '../api/bids';
import type { Bid } from '../api/types';
import { CardFields, type CardField } from '../components/card-fields';
import { useAsync, useLang, useMediaQuery } from '../components/hooks';
import { ReconfirmNotice } from '../components/reconfirm-notice';
import { DecisionReason, LoadError, Loading, StatusBadge } from '../components/status';
import { formatDate, formatMoney, formatNumber } from '../i18n/format';

export function BidsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const bids = useAsync(() => myBids(), []);
  // Phones get one card per bid (as the comparison does); wider screens a table.
  const narrow = useMediaQuery('(max-width: 719.98px)');
  if (bids.error) return <LoadError error={bids.error} />;
  if (!bids.data) return <Loading />;
  // Bids waiting for re-confirmation after an amendment (each until its need's deadline).
  const waiting = bids.data.items.filter(
    (b) => b.confirmationRequired && (b.status === 'submitted' || b.status === 'shortlisted'),
  );
  const needLink = (b: Bid) => <Link to={`/needs/${b.needId}`}>{t('bids.openNeed')}</Link>;
  const status = (b: Bid) => (
    <>
      <StatusBadge kind="bid" status={b.status} />
      {b.confirmationRequired && b.status === 'submitted' ? (
        <span className="tag tag--warn">{t('tender.reconfirmTag')}</span>
      ) : null}
      {b.status === 'lapsed' ? <p className="muted">{t('tender.lapsedShort')}</p> : null}
      <DecisionReason bid={b} />
    </>
  );
  // One list of columns: a table's cells on wide screens, each card's lines on phones.
  const rows: CardField<Bid>[] = [
    { key: 'price', label: t('bid.price'), cell: (b) => formatMoney(b.price, lang) },
    { key: 'quantity', label: t('bid.quantity'), cell: (b) => formatNumber(b.quantity, lang) },
    { key: 'status', label: t('common.status'), cell: status },
    { key: 'date', label: t('common.date'), cell: (b) => formatDate(b.createdAt, lang) },
  ];
  const items = bids.data.items;
  return (
    <section className="card">
      <h1>{t('home.myBids')}</h1>
      {waiting.map((b) => (
        <ReconfirmNotice key={b.id} bid={b} needLink />
      ))}
      {!items.length ? (
        <p>{t('home.noBidsYet')}</p>
      ) : narrow ? (
        <ul className="bid-cards" aria-label={t('home.myBids')}>
          {items.map((b) => (
            <li key={b.id} className="bid-card">
              <h2 className="bid-card__title">{needLink(b)}</h2>
              <CardFields fields={rows} item={b} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('home.myBids')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('bids.need')}</th>
                {rows.map((r) => (
                  <th key={r.key} scope="col">
                    {r.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((b) => (
                <tr key={b.id}>
                  <td>{needLink(b)}</td>
                  {rows.map((r) => (
                    <td key={r.key}>{r.cell(b)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
