import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { myBids } from '../api/bids';
import { useAsync, useLang } from '../components/hooks';
import { ReconfirmNotice } from '../components/reconfirm-notice';
import { DecisionReason, LoadError, Loading, StatusBadge } from '../components/status';
import { formatDate, formatMoney, formatNumber } from '../i18n/format';

export function BidsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const bids = useAsync(() => myBids(), []);
  if (bids.error) return <LoadError error={bids.error} />;
  if (!bids.data) return <Loading />;
  // Bids waiting for re-confirmation after an amendment (each until its need's deadline).
  const waiting = bids.data.items.filter(
    (b) => b.confirmationRequired && (b.status === 'submitted' || b.status === 'shortlisted'),
  );
  return (
    <section className="card">
      <h1>{t('home.myBids')}</h1>
      {waiting.map((b) => (
        <ReconfirmNotice key={b.id} bid={b} needLink />
      ))}
      {bids.data.items.length ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('home.myBids')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('bids.need')}</th>
                <th scope="col">{t('bid.price')}</th>
                <th scope="col">{t('bid.quantity')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('common.date')}</th>
              </tr>
            </thead>
            <tbody>
              {bids.data.items.map((b) => (
                <tr key={b.id}>
                  <td>
                    <Link to={`/needs/${b.needId}`}>{t('bids.openNeed')}</Link>
                  </td>
                  <td>{formatMoney(b.price, lang)}</td>
                  <td>{formatNumber(b.quantity, lang)}</td>
                  <td>
                    <StatusBadge kind="bid" status={b.status} />
                    {b.confirmationRequired && b.status === 'submitted' ? (
                      <span className="tag tag--warn">{t('tender.reconfirmTag')}</span>
                    ) : null}
                    {b.status === 'lapsed' ? (
                      <p className="muted">{t('tender.lapsedShort')}</p>
                    ) : null}
                    <DecisionReason bid={b} />
                  </td>
                  <td>{formatDate(b.createdAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('home.noBidsYet')}</p>
      )}
    </section>
  );
}
