import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { splitProblem } from '../api/problem';
import { confirmBid } from '../api/tender';
import type { Bid } from '../api/types';
import { formatDateTime } from '../i18n/format';
import { FormError } from './field';
import { useLang } from './hooks';

/**
 * The need was amended after this bid: it stays sealed but is not opened unless its supplier
 * re-confirms before the deadline. On the need page it confirms in place (or points at the
 * form to revise first); elsewhere it links to the need.
 */
export function ReconfirmNotice({
  bid,
  deadline,
  onConfirmed,
  onRevise,
  needLink,
}: {
  bid: Bid;
  /** The need's deadline, when the page knows it. */
  deadline?: string;
  onConfirmed?: (bid: Bid) => void;
  onRevise?: () => void;
  needLink?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      onConfirmed?.(await confirmBid(bid.id));
    } catch (e) {
      setError(splitProblem(e, []).form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="alert reconfirm" role="region" aria-labelledby={`reconfirm-${bid.id}`}>
      <h2 id={`reconfirm-${bid.id}`} className="h3">
        {t('tender.reconfirmTitle')}
      </h2>
      <p>
        {deadline
          ? t('tender.reconfirmText', { date: formatDateTime(deadline, lang) })
          : t('tender.reconfirmTextShort')}
      </p>
      <FormError message={error} />
      <div className="actions">
        {needLink ? (
          <Link className="button" to={`/needs/${bid.needId}`}>
            {t('tender.reconfirmOpen')}
          </Link>
        ) : (
          <>
            <button type="button" disabled={busy} onClick={() => void confirm()}>
              {t('tender.reconfirm')}
            </button>
            {onRevise ? (
              <button type="button" className="button--secondary" onClick={onRevise}>
                {t('tender.reviseFirst')}
              </button>
            ) : null}
          </>
        )}
      </div>
    </section>
  );
}
