import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Submission } from '../api/types';
import { formatDateTime } from '../i18n/format';
import { useLang } from './hooks';
import { StatusBadge } from './status';

/**
 * Where a proposal to an exhibition stands: its status, since when, the organiser's reason,
 * and, when changes were asked for, the way to send it again (after `children`, other steps).
 */
export function SubmissionDecision({
  submission: s,
  at,
  onResubmit,
  children,
}: {
  submission: Pick<Submission, 'status' | 'reason'>;
  /** The moment shown beside the status, if any. */
  at: string | null | undefined;
  onResubmit: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <span className="list__meta">
        <StatusBadge kind="submission" status={s.status} /> {at ? formatDateTime(at, lang) : null}
      </span>
      {s.reason ? (
        <p className="snippet">
          {t('board.reason')}: <bdi>{s.reason}</bdi>
        </p>
      ) : null}
      {s.status === 'changes_requested' ? (
        <span className="actions">
          {children}
          <button type="button" onClick={onResubmit}>
            {t('submissions.resubmit')}
          </button>
        </span>
      ) : null}
    </>
  );
}
