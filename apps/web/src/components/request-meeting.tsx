import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestMeeting, sharedFairs } from '../api/meetings';
import { Field, FormError } from './field';
import { useAsync } from './hooks';

/**
 * "Request a meeting" with another organisation about a need, shown only when both take part
 * in a fair's meetings (GET /meeting-fairs): beside a match for the need's owner, and on the
 * need page for suppliers.
 */
export function RequestMeetingButton({
  organizationId,
  organizationName,
  needId,
}: {
  organizationId: string;
  organizationName: string;
  needId?: string;
}) {
  const { t } = useTranslation();
  const fairs = useAsync(() => sharedFairs(organizationId), [organizationId]);
  const [open, setOpen] = useState(false);
  const [fairId, setFairId] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string>();
  const list = fairs.data ?? [];
  if (!list.length) return null;
  const fair = list.find((f) => f.exhibitionId === fairId) ?? list[0];

  if (sentTo)
    return (
      <p className="ok" role="status">
        {t('meetings.requestSent')}{' '}
        <Link to={`/exhibitions/${sentTo}/meetings`}>{t('meetings.open')}</Link>
      </p>
    );
  if (!open)
    return (
      <button
        type="button"
        className="button--secondary"
        onClick={() => setOpen(true)}
        aria-label={t('meetings.requestMeetingWith', { name: organizationName })}
      >
        {t('meetings.requestMeeting')}
      </button>
    );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await requestMeeting(fair.exhibitionId, {
        toOrganizationId: organizationId,
        fromOrganizationId: fair.fromOrganizationId,
        message,
        ...(needId ? { needId } : {}),
      });
      setSentTo(fair.exhibitionId);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="meeting-request-form">
      <FormError message={error} />
      {list.length > 1 ? (
        <Field label={t('meetings.atFair')}>
          <select value={fair.exhibitionId} onChange={(e) => setFairId(e.target.value)}>
            {list.map((f) => (
              <option key={f.exhibitionId} value={f.exhibitionId}>
                {f.title}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        <p className="muted">{t('meetings.atFairNamed', { title: fair.title })}</p>
      )}
      <Field label={t('meetings.message')}>
        <textarea value={message} onChange={(e) => setMessage(e.target.value)} rows={2} required />
      </Field>
      <button type="submit" disabled={busy}>
        {t('meetings.send')}
      </button>
    </form>
  );
}
