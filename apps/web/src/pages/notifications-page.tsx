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
import { formatDateTime, formatNumber, localeOf } from '../i18n/format';
import { dayHeading, groupInbox, type InboxGrouping, type InboxOrder } from './inbox-groups';

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
  const [grouping, setGrouping] = useState<InboxGrouping>('day');
  const [order, setOrder] = useState<InboxOrder>('time');
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
      {list.items?.length ? (
        <div className="inbox-controls" role="group" aria-label={t('notifications.view')}>
          <label>
            {t('notifications.groupBy')}{' '}
            <select value={grouping} onChange={(e) => setGrouping(e.target.value as InboxGrouping)}>
              <option value="day">{t('notifications.byDay')}</option>
              <option value="need">{t('notifications.byNeed')}</option>
            </select>
          </label>
          <label>
            {t('notifications.sortBy')}{' '}
            <select value={order} onChange={(e) => setOrder(e.target.value as InboxOrder)}>
              <option value="time">{t('notifications.newestFirst')}</option>
              <option value="score">{t('notifications.bestFitFirst')}</option>
            </select>
          </label>
        </div>
      ) : null}
      {list.items ? (
        list.items.length ? (
          groupInbox(list.items, grouping, order).map((g) => (
            <section key={g.key || 'none'} className="inbox-group">
              <h2 className="inbox-group__head">
                {grouping === 'day' ? (
                  dayHeading(g.key, localeOf(lang))
                ) : g.key ? (
                  <Link to={`/needs/${g.key}`}>
                    <bdi>
                      {g.items.find((n) => n.needTitle)?.needTitle ?? t('notifications.aNeed')}
                    </bdi>
                  </Link>
                ) : (
                  t('notifications.noNeed')
                )}{' '}
                <span className="muted">
                  ({formatNumber(g.items.length, lang)}
                  {g.items.some((n) => !isRead(n))
                    ? ` · ${t('notifications.unreadCount', {
                        count: g.items.filter((n) => !isRead(n)).length,
                        n: formatNumber(g.items.filter((n) => !isRead(n)).length, lang),
                      })}`
                    : ''}
                  )
                </span>
              </h2>
              <ul className="list">
                {g.items.map((n) => (
                  <NoticeItem key={n.id} n={n} read={isRead(n)} onOpen={open} onRead={read} />
                ))}
              </ul>
            </section>
          ))
        ) : (
          <p>{t('notifications.empty')}</p>
        )
      ) : null}
      <MoreButton paged={list} />
    </section>
  );
}

/** One notice: its title leads where it is about; why a need fits; read or not. */
function NoticeItem({
  n,
  read,
  onOpen,
  onRead,
}: {
  n: Notification;
  read: boolean;
  onOpen: (n: Notification) => void;
  onRead: (n: Notification) => Promise<void>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <li className={`list__item${read ? '' : ' unread-item'}`}>
      <a
        href={appPath(n.url)}
        className="list__title"
        onClick={(e) => {
          e.preventDefault();
          onOpen(n);
        }}
      >
        {n.title}
      </a>
      {/* The server's sentence in the reader's language, in the page's direction; what people
          wrote inside it comes isolated (FSI…PDI), so it keeps its own. */}
      <p className="snippet">{n.body}</p>
      {n.reasons.length ? (
        <div className="why">
          <p className="why__head">
            {t('notifications.why')} {n.score !== undefined ? <Score score={n.score} /> : null}
          </p>
          <ul className="reasons">
            {n.reasons.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <span className="list__meta">
        {read ? null : <span className="badge badge--open">{t('notifications.new')}</span>}{' '}
        <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, lang)}</time>
        {!read ? (
          <>
            {' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void onRead(n)}
              aria-label={t('notifications.markReadOf', { title: n.title })}
            >
              {t('notifications.markRead')}
            </button>
          </>
        ) : null}
      </span>
    </li>
  );
}
