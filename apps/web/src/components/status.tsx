import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/problem';

export function StatusBadge({
  kind,
  status,
}: {
  kind: 'need' | 'bid' | 'exhibition' | 'submission';
  status: string;
}) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`status.${kind}.${status}`)}</span>;
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}

/** What went wrong while loading, in the reader's words. */
export function LoadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  let message = t('common.loadFailed');
  if (error instanceof ApiError) {
    if (error.status === 404) message = t('common.notFound');
    else if (error.status === 403) message = t('common.forbidden');
    else if (error.status === 401) message = t('common.signInNeeded');
  }
  return (
    <div className="alert alert--error" role="alert">
      {message}
    </div>
  );
}

/**
 * Why a bid was decided: what the buyer wrote (in its own direction), or the server's reason
 * code worded in the reader's language.
 */
export function DecisionReason({
  bid,
}: {
  bid: { decisionReason?: string | null; decisionReasonCode?: string | null };
}) {
  const { t } = useTranslation();
  if (bid.decisionReason)
    return (
      <p className="muted" dir="auto">
        {bid.decisionReason}
      </p>
    );
  if (bid.decisionReasonCode)
    return (
      <p className="muted">{t(`bidReason.${bid.decisionReasonCode}`, { defaultValue: '' })}</p>
    );
  return null;
}
