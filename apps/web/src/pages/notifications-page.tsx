import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { inbox, markAllRead, markRead } from '../api/notifications';
import type { Notification } from '../api/types';
import { FormError } from '../components/field';
import { useLang } from '../components/hooks';
import { Score } from '../components/match-list';
import { MoreButton, usePaged } from '../components/paged';
import { LoadError, Loading } from '../components/status';
import { formatDateTime, formatNumber } from '../i18n/format';

/** Tells the header's unread badge to look again. */
export const announceRead = () => window.dispatchEvent(new Event('niaz:notifications-read'));

/** The notice's link (absolute, from the server's PUBLIC_URL) as a path in this app. */
export function appPath(url: string): string {
  try {
    const u = new URL(url, window.location.origin);
    return `${u.pathname}${u.search}${u.hash}`;
  } catch {
    return '/notifications';
  }
}

/** The in-app inbox: newest first, why a need fits, and what is still unread. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [unread, setUnread] = useState<number>();
  const [error, setError] = useState<string | null>(null);
  const list = usePaged<Notification>(
    (cursor) =>
      inbox(cursor).then((page) => {
        setUnread(page.unreadCount);
        return page;
      }),
    [],
  );
  const [readIds, setReadIds] = useState<Set<string>>(new Set());
  const isRead = (n: Notification) => n.read || readIds.has(n.id);

  const read = async (n: Notification) => {
    if (isRead(n)) return;
    try {
      await markRead(n.id);
      setReadIds((s) => new Set(s).add(n.id));
      setUnread((u) => (u ? u - 1 : 0));
      announceRead();
    } catch {
      setError(t('common.actionFailed'));
    }
  };
  const open = (n: Notification) => {
    void read(n);
    void navigate(appPath(n.url));
  };

  return (
    <section className="card">
      <div className="card__head">
        <h1>{t('notifications.title')}</h1>
        <Link to="/settings">{t('notifications.settingsLink')}</Link>
      </div>
      {unread ? (
        <div className="actions">
          <p className="muted">
            {t('notifications.unreadCount', { count: unread, n: formatNumber(unread, lang) })}
          </p>
          <button
            type="button"
            className="button--secondary"
            onClick={() =>
              void markAllRead()
                .then(() => {
                  setReadIds(new Set(list.items?.map((n) => n.id)));
                  setUnread(0);
                  announceRead();
                })
                .catch(() => setError(t('common.actionFailed')))
            }
          >
            {t('notifications.markAllRead')}
          </button>
        </div>
      ) : null}
      <FormError message={error} />
      {list.error ? <LoadError error={list.error} /> : null}
      {!list.items && !list.error ? <Loading /> : null}
      {list.items ? (
        list.items.length ? (
          <ul className="list">
            {list.items.map((n) => (
              <li key={n.id} className={`list__item${isRead(n) ? '' : ' unread-item'}`}>
                <a
                  href={appPath(n.url)}
                  className="list__title"
                  onClick={(e) => {
                    e.preventDefault();
                    open(n);
                  }}
                >
                  <bdi>{n.title}</bdi>
                </a>
                <p className="snippet" dir="auto">
                  {n.body}
                </p>
                {n.reasons.length ? (
                  <div className="why">
                    <p className="why__head">
                      {t('notifications.why')}{' '}
                      {n.score !== undefined ? <Score score={n.score} /> : null}
                    </p>
                    <ul className="reasons">
                      {n.reasons.map((r, i) => (
                        <li key={i}>{r}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                <span className="list__meta">
                  {isRead(n) ? null : (
                    <span className="badge badge--open">{t('notifications.new')}</span>
                  )}{' '}
                  <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, lang)}</time>
                  {!isRead(n) ? (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => void read(n)}
                        aria-label={t('notifications.markReadOf', { title: n.title })}
                      >
                        {t('notifications.markRead')}
                      </button>
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('notifications.empty')}</p>
        )
      ) : null}
      <MoreButton paged={list} />
    </section>
  );
}
