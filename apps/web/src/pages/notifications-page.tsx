import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  getPreferences,
  inbox,
  markAllRead,
  markRead,
  putPreferences,
  type Notification,
  type NotificationPreferences,
} from '../api/notifications';
import { ApiError, splitProblem } from '../api/problem';
import { Field, FormError, Notice } from '../components/field';
import { useAsync, useLang } from '../components/hooks';
import { Loading } from '../components/status';
import { formatDateTime } from '../i18n/format';

const announceRead = () => window.dispatchEvent(new Event('niaz:notifications-read'));

function linkOf(n: Notification): string | null {
  if (n.link && n.link.startsWith('/')) return n.link;
  const needId = n.needId ?? (typeof n.data?.needId === 'string' ? n.data.needId : null);
  if (needId) return `/needs/${needId}`;
  const exhibitionId = typeof n.data?.exhibitionId === 'string' ? n.data.exhibitionId : null;
  return exhibitionId ? `/exhibitions/${exhibitionId}` : null;
}

function Preferences() {
  const { t } = useTranslation();
  const prefs = useAsync(() => getPreferences(), []);
  const [draft, setDraft] = useState<NotificationPreferences | null>(null);
  const [saved, setSaved] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  useEffect(() => {
    if (prefs.data) setDraft(prefs.data);
  }, [prefs.data]);
  if (prefs.error || !draft) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      setDraft(await putPreferences(draft));
      setSaved(true);
      setErrors({});
      setFormError(null);
    } catch (err) {
      const { fields, form } = splitProblem(err, [
        'channels',
        'digest',
        'minScore',
        'hsChapters',
        'quietHours',
      ]);
      setErrors(fields);
      setFormError(form);
    }
  };
  return (
    <section className="card" aria-labelledby="prefs">
      <h2 id="prefs">{t('notifications.preferences')}</h2>
      <form onSubmit={submit} noValidate>
        {saved ? <Notice>{t('notifications.saved')}</Notice> : null}
        <FormError message={formError} />
        <fieldset>
          <legend>{t('notifications.channels')}</legend>
          {(['inApp', 'email', 'webhook', 'messenger'] as const).map((c) => (
            <label key={c} className="choice">
              <input
                type="checkbox"
                checked={draft.channels[c]}
                onChange={(e) =>
                  setDraft({ ...draft, channels: { ...draft.channels, [c]: e.target.checked } })
                }
              />
              <span>{t(`notifications.channel.${c}`)}</span>
            </label>
          ))}
        </fieldset>
        <Field label={t('notifications.digest')} error={errors.digest}>
          <select
            value={draft.digest}
            onChange={(e) => setDraft({ ...draft, digest: e.target.value as 'instant' | 'daily' })}
          >
            <option value="instant">{t('notifications.instant')}</option>
            <option value="daily">{t('notifications.daily')}</option>
          </select>
        </Field>
        <Field label={t('notifications.minScore')} error={errors.minScore}>
          <input
            type="number"
            min={0}
            max={1}
            step={0.05}
            dir="ltr"
            value={draft.minScore}
            onChange={(e) => setDraft({ ...draft, minScore: Number(e.target.value) })}
          />
        </Field>
        <Field
          label={t('notifications.hsChapters')}
          error={errors.hsChapters}
          hint={t('form.commaSeparated')}
        >
          <input
            dir="ltr"
            value={draft.hsChapters.join(', ')}
            onChange={(e) =>
              setDraft({
                ...draft,
                hsChapters: e.target.value
                  .split(/[,،]/)
                  .map((s) => s.trim())
                  .filter(Boolean),
              })
            }
          />
        </Field>
        <button type="submit">{t('common.save')}</button>
      </form>
    </section>
  );
}

/** The in-app inbox: newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useAsync(() => inbox(), []);
  if (list.error) {
    const unavailable = list.error instanceof ApiError && list.error.status === 404;
    return (
      <p className="card muted">
        {unavailable ? t('notifications.unavailable') : t('common.loadFailed')}
      </p>
    );
  }
  if (!list.data) return <Loading />;
  const read = async (n: Notification) => {
    if (!n.readAt) {
      await markRead(n.id).catch(() => undefined);
      announceRead();
      void list.reload();
    }
  };
  return (
    <>
      <section className="card">
        <div className="card__head">
          <h1>{t('notifications.title')}</h1>
          {list.data.unreadCount ? (
            <button
              type="button"
              className="button--secondary"
              onClick={() =>
                void markAllRead().then(() => {
                  announceRead();
                  void list.reload();
                })
              }
            >
              {t('notifications.markAllRead')}
            </button>
          ) : null}
        </div>
        {list.data.items.length ? (
          <ul className="list">
            {list.data.items.map((n) => {
              const link = linkOf(n);
              const title =
                n.title ?? t(`notifications.type.${n.type.replace(/\./g, '_')}`, n.type);
              return (
                <li key={n.id} className={`list__item${n.readAt ? '' : ' unread-item'}`}>
                  {link ? (
                    <Link to={link} className="list__title" onClick={() => void read(n)}>
                      {title}
                    </Link>
                  ) : (
                    <span className="list__title">{title}</span>
                  )}
                  {n.body ? <p className="snippet">{n.body}</p> : null}
                  <span className="list__meta">
                    {n.readAt ? null : (
                      <span className="badge badge--open">{t('notifications.new')}</span>
                    )}{' '}
                    {formatDateTime(n.createdAt, lang)}
                    {!n.readAt ? (
                      <>
                        {' '}
                        <button type="button" className="link-button" onClick={() => void read(n)}>
                          {t('notifications.markRead')}
                        </button>
                      </>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ul>
        ) : (
          <p>{t('notifications.empty')}</p>
        )}
      </section>
      <Preferences />
    </>
  );
}
