import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { updateMyLanguage } from '../api/identity';
import { inbox } from '../api/notifications';
import { useSession } from '../auth/session-context';
import { changeLanguage } from '../i18n/i18n';
import { LANGUAGES, type Lang } from '../i18n/languages';
import { formatNumber } from '../i18n/format';
import { useLang } from './hooks';

const UNREAD_POLL_MS = 15_000;

/**
 * Unread notifications while signed in (null when the inbox cannot be read): polled, and
 * looked at again on every page change, when the window gets focus, and when a page marks
 * notifications read.
 */
function useUnreadCount(signedIn: boolean): number | null {
  const [count, setCount] = useState<number | null>(null);
  const { pathname } = useLocation();
  const poll = useRef<() => void>(() => undefined);
  useEffect(() => {
    if (!signedIn) {
      setCount(null);
      return;
    }
    let stopped = false;
    poll.current = () =>
      void inbox(undefined, 1)
        .then((r) => !stopped && setCount(r.unreadCount))
        .catch(() => !stopped && setCount(null));
    const timer = setInterval(() => poll.current(), UNREAD_POLL_MS);
    const onEvent = () => poll.current();
    window.addEventListener('niaz:notifications-read', onEvent);
    window.addEventListener('focus', onEvent);
    return () => {
      stopped = true;
      poll.current = () => undefined;
      clearInterval(timer);
      window.removeEventListener('niaz:notifications-read', onEvent);
      window.removeEventListener('focus', onEvent);
    };
  }, [signedIn]);
  useEffect(() => poll.current(), [pathname, signedIn]);
  return count;
}

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const lang = useLang();
  const { me, reload } = useSession();
  const choose = async (next: Lang) => {
    await changeLanguage(next);
    // A signed-in user's messages follow the page language they chose.
    if (me && me.user.language !== next) {
      try {
        await updateMyLanguage(next);
        await reload();
      } catch {
        // the page language changed; the stored one is retried on the next switch
      }
    }
  };
  return (
    <label className="lang-switch">
      <span className="sr-only">{t('nav.language')}</span>
      <select
        value={lang}
        onChange={(e) => void choose(e.target.value as Lang)}
        aria-label={t('nav.language')}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  const unread = useUnreadCount(Boolean(me));
  // On a phone the navigation folds behind a "Menu" button; it folds again on every page change.
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setMenuOpen(false), [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tag">{t('app.tagline')}</span>
          </Link>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            {t('nav.menu')}
            {unread ? (
              <span className="unread" aria-hidden="true">
                {formatNumber(unread, lang)}
              </span>
            ) : null}
          </button>
          <nav
            id="site-nav"
            className={`site-nav${menuOpen ? ' is-open' : ''}`}
            aria-label={t('nav.main')}
          >
            <ul className="nav">
              <li>
                <NavLink to="/" end>
                  {t('nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/search">{t('nav.search')}</NavLink>
              </li>
              <li>
                <NavLink to="/exhibitions">{t('nav.exhibitions')}</NavLink>
              </li>
              {me ? (
                <>
                  <li>
                    {/* The name is the visible text ("Notifications 3") and, for screen
                        readers, the word "unread" after it. */}
                    <NavLink to="/notifications">
                      {t('nav.notifications')}
                      {unread ? (
                        <>
                          {' '}
                          <span className="unread">{formatNumber(unread, lang)}</span>
                          <span className="sr-only"> {t('nav.unreadWord')}</span>
                        </>
                      ) : null}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/settings">{t('nav.settings')}</NavLink>
                  </li>
                  <li>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        signOut();
                        void navigate('/');
                      }}
                    >
                      {t('nav.signOut')}
                    </button>
                  </li>
                </>
              ) : me === null ? (
                <>
                  <li>
                    <NavLink to="/signin">{t('nav.signIn')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/signup">{t('nav.signUp')}</NavLink>
                  </li>
                </>
              ) : null}
            </ul>
          </nav>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <Link to="/open-data">{t('openData.link')}</Link>
        </p>
      </footer>
    </>
  );
}

/** Pages that need a signed-in user show a way in instead. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  if (me === undefined) return <p className="muted">{t('common.loading')}</p>;
  if (me === null)
    return (
      <section className="card">
        <h1>{t('auth.needSignIn')}</h1>
        <p>
          <Link className="button" to="/signin">
            {t('nav.signIn')}
          </Link>{' '}
          <Link className="button button--secondary" to="/signup">
            {t('nav.signUp')}
          </Link>
        </p>
      </section>
    );
  return <>{children}</>;
}
