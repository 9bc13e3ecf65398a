import { lazy, Suspense, useEffect } from 'react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation } from 'react-router';
import { Layout, RequireSignIn } from './components/layout';
import { Loading } from './components/status';
import { CapabilitiesPage } from './pages/capabilities-page';
import { CapabilityFormPage } from './pages/capability-form-page';
import { ExhibitionsPage } from './pages/exhibitions-page';
import { HomePage } from './pages/home-page';
import { NeedFormPage } from './pages/need-form-page';
import { NeedPage } from './pages/need-page';
import { NotFoundPage } from './pages/not-found-page';
import { NotificationsPage } from './pages/notifications-page';
import { SearchPage } from './pages/search-page';
import { SignInPage } from './pages/sign-in-page';
import { SignUpPage } from './pages/sign-up-page';

/** Pages few people open load on first visit, so the first page stays small. */
function lazyPage(load: () => Promise<ComponentType>) {
  return lazy(() => load().then((Page) => ({ default: Page })));
}
const CurationBoardPage = lazyPage(() =>
  import('./pages/curation-board-page').then((m) => m.CurationBoardPage),
);
const ExhibitionFormPage = lazyPage(() =>
  import('./pages/exhibition-form-page').then((m) => m.ExhibitionFormPage),
);
const ExhibitionStatsPage = lazyPage(() =>
  import('./pages/exhibition-stats-page').then((m) => m.ExhibitionStatsPage),
);
const SettingsPage = lazyPage(() => import('./pages/settings-page').then((m) => m.SettingsPage));
const SubmissionsPage = lazyPage(() =>
  import('./pages/submissions-page').then((m) => m.SubmissionsPage),
);
const CatalogPage = lazyPage(() => import('./pages/catalog-page').then((m) => m.CatalogPage));
const BidsPage = lazyPage(() => import('./pages/bids-page').then((m) => m.BidsPage));
const OrganizationPage = lazyPage(() =>
  import('./pages/organization-page').then((m) => m.OrganizationPage),
);
const OpenDataPage = lazyPage(() => import('./pages/open-data-page').then((m) => m.OpenDataPage));
const MeetingsPage = lazyPage(() => import('./pages/meetings-page').then((m) => m.MeetingsPage));
const NeedsImportPage = lazyPage(() =>
  import('./pages/needs-import-page').then((m) => m.NeedsImportPage),
);
const JoinMeetingsPage = lazyPage(() =>
  import('./pages/join-meetings-page').then((m) => m.JoinMeetingsPage),
);

/** Moves focus to the page on navigation, so keyboard and screen-reader users start at the top. */
function FocusOnNavigate() {
  const { pathname } = useLocation();
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: false });
  }, [pathname]);
  return null;
}

/**
 * A title per page: the page's first heading, then the app's name ("Bearings 6204 · Niaz"),
 * kept up to date as the page loads, changes language or shows another need.
 */
function PageTitle() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  useEffect(() => {
    const main = document.getElementById('main');
    const update = () => {
      const heading = main?.querySelector('h1')?.textContent?.trim();
      const title = heading ? `${heading} · ${t('app.title')}` : t('app.title');
      if (document.title !== title) document.title = title;
    };
    update();
    if (!main) return;
    const observer = new MutationObserver(update);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [pathname, t]);
  return null;
}

export function App() {
  const signedIn = (el: React.ReactElement) => <RequireSignIn>{el}</RequireSignIn>;
  return (
    <Layout>
      <FocusOnNavigate />
      <PageTitle />
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/signin" element={<SignInPage />} />
          <Route path="/signup" element={<SignUpPage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/needs/new" element={signedIn(<NeedFormPage />)} />
          <Route path="/needs/import" element={signedIn(<NeedsImportPage />)} />
          <Route path="/meetings/join" element={<JoinMeetingsPage />} />
          <Route path="/needs/:id" element={<NeedPage />} />
          <Route path="/needs/:id/edit" element={signedIn(<NeedFormPage />)} />
          <Route path="/capabilities" element={signedIn(<CapabilitiesPage />)} />
          <Route path="/capabilities/new" element={signedIn(<CapabilityFormPage />)} />
          <Route path="/capabilities/:id/edit" element={signedIn(<CapabilityFormPage />)} />
          <Route path="/bids" element={signedIn(<BidsPage />)} />
          <Route path="/notifications" element={signedIn(<NotificationsPage />)} />
          <Route path="/settings" element={signedIn(<SettingsPage />)} />
          <Route path="/settings/webhooks" element={signedIn(<SettingsPage />)} />
          <Route path="/submissions" element={signedIn(<SubmissionsPage />)} />
          <Route path="/exhibitions" element={<ExhibitionsPage />} />
          <Route path="/exhibitions/new" element={signedIn(<ExhibitionFormPage />)} />
          <Route path="/exhibitions/:id" element={<CatalogPage />} />
          <Route path="/exhibitions/:id/edit" element={signedIn(<ExhibitionFormPage />)} />
          <Route path="/exhibitions/:id/board" element={signedIn(<CurationBoardPage />)} />
          <Route path="/exhibitions/:id/stats" element={signedIn(<ExhibitionStatsPage />)} />
          <Route path="/organizations/:id" element={<OrganizationPage />} />
          <Route path="/open-data" element={<OpenDataPage />} />
          <Route path="/exhibitions/:id/meetings" element={signedIn(<MeetingsPage />)} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
