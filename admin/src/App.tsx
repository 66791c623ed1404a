import { lazy, Suspense } from 'react';
import { RealtimeProvider } from './api/realtime.tsx';
import { ConfirmProvider } from './ui/ConfirmDialog.tsx';
import { AppLayout } from './ui/layout/AppLayout.tsx';
import { Loading } from './ui/Status.tsx';
import { ToastProvider } from './ui/Toast.tsx';
import { I18nProvider } from './i18nContext.tsx';
import { LoginPage } from './auth/LoginPage.tsx';
import { NotFoundPage } from './ui/layout/NotFoundPage.tsx';
import { PendingApprovalsProvider } from './approvals/PendingApprovals.tsx';
import { UnitProvider } from './units/UnitProvider.tsx';
import { RouterProvider, useRouter } from './router.tsx';
import { SchoolProvider } from './school.tsx';
import { SessionProvider, useSession } from './session.tsx';

// Every feature page is its own chunk, loaded on its first visit: a fresh browser (a kiosk PC's, a phone's) parses the
// console's frame and the page it opens, not all of them.
const ContentEditorPage = lazy(() => import('./content/ContentEditorPage.tsx').then((m) => ({ default: m.ContentEditorPage })));
const ContentListPage = lazy(() => import('./content/ContentListPage.tsx').then((m) => ({ default: m.ContentListPage })));
const LookupStatsPage = lazy(() => import('./lookups/LookupStatsPage.tsx').then((m) => ({ default: m.LookupStatsPage })));
const FeedbackPrivacyPage = lazy(() => import('./feedback/privacy/FeedbackPrivacyPage.tsx').then((m) => ({ default: m.FeedbackPrivacyPage })));
const FeedbackInboxPage = lazy(() => import('./feedback/FeedbackInboxPage.tsx').then((m) => ({ default: m.FeedbackInboxPage })));
const FeedbackDetailPage = lazy(() => import('./feedback/FeedbackDetailPage.tsx').then((m) => ({ default: m.FeedbackDetailPage })));
const QuizPage = lazy(() => import('./quiz/QuizPage.tsx').then((m) => ({ default: m.QuizPage })));
const ScreensPage = lazy(() => import('./screens/ScreensPage.tsx').then((m) => ({ default: m.ScreensPage })));
const AuditPage = lazy(() => import('./audit/AuditPage.tsx').then((m) => ({ default: m.AuditPage })));
const MediaPage = lazy(() => import('./media/MediaPage.tsx').then((m) => ({ default: m.MediaPage })));
const ReportPrintPage = lazy(() => import('./reports/ReportPrintPage.tsx').then((m) => ({ default: m.ReportPrintPage })));
const ReportsPage = lazy(() => import('./reports/ReportsPage.tsx').then((m) => ({ default: m.ReportsPage })));
const SatisfactionPage = lazy(() => import('./reports/satisfaction/SatisfactionPage.tsx').then((m) => ({ default: m.SatisfactionPage })));
const SettingsPage = lazy(() => import('./settings/SettingsPage.tsx').then((m) => ({ default: m.SettingsPage })));
const PlanPage = lazy(() => import('./areas/PlanPage.tsx').then((m) => ({ default: m.PlanPage })));
const UsersPage = lazy(() => import('./users/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
const AccountPage = lazy(() => import('./users/AccountPage.tsx').then((m) => ({ default: m.AccountPage })));
const ApprovalsPage = lazy(() => import('./approvals/ApprovalsPage.tsx').then((m) => ({ default: m.ApprovalsPage })));
const ImportPage = lazy(() => import('./content/ImportPage.tsx').then((m) => ({ default: m.ImportPage })));
const HomePage = lazy(() => import('./home/HomePage.tsx').then((m) => ({ default: m.HomePage })));
// The scheduling pages (cron engine, week grid, cronstrue) load on first visit: most sessions never open them.
const UnitsPage = lazy(() => import('./units/UnitsPage.tsx').then((m) => ({ default: m.UnitsPage })));
const SchedulePage = lazy(() => import('./schedule/SchedulePage.tsx').then((m) => ({ default: m.SchedulePage })));

export function App() {
  return (
    <I18nProvider>
      <ConfirmProvider>
        <ToastProvider>
          <SessionProvider>
            <RouterProvider>
              <Shell />
            </RouterProvider>
          </SessionProvider>
        </ToastProvider>
      </ConfirmProvider>
    </I18nProvider>
  );
}

/** Signed out: the login page at whatever address was asked for. Signed in: the console. */
function Shell() {
  const { state } = useSession();
  if (state.status === 'checking') return <Loading />;
  if (state.status === 'signedOut') return <LoginPage expired={state.expired} />;
  return (
    <RealtimeProvider>
      <SchoolProvider>
        <UnitProvider>
          <PendingApprovalsProvider>
            <AppLayout>
              <Suspense fallback={<Loading />}>
                <Page />
              </Suspense>
            </AppLayout>
          </PendingApprovalsProvider>
        </UnitProvider>
      </SchoolProvider>
    </RealtimeProvider>
  );
}

function Page() {
  const { route } = useRouter();
  switch (route.page) {
    case 'home':
      return <Landing />;
    case 'contentList':
      return <ContentListPage key={route.type} type={route.type} />;
    case 'contentNew':
    case 'contentEdit':
      // One element for both, so a just-created item keeps its page state when its address changes.
      return <ContentEditorPage key={route.type} type={route.type} id={route.page === 'contentEdit' ? route.id : undefined} />;
    case 'contentImport':
      return <ImportPage key={route.type} type={route.type} />;
    case 'approvals':
      return <ApprovalsPage />;
    case 'screens':
      return <ScreensPage />;
    case 'media':
      return <MediaPage />;
    case 'reports':
      return <ReportsPage />;
    case 'reportPrint':
      return <ReportPrintPage />;
    case 'satisfaction':
      return <SatisfactionPage />;
    case 'audit':
      return <AuditPage />;
    case 'settings':
      return <SettingsPage />;
    case 'plan':
      return <PlanPage />;
    case 'users':
      return <UsersPage />;
    case 'account':
      return <AccountPage />;
    case 'lookups':
      return <LookupStatsPage />;
    case 'feedbackPrivacy':
      return <FeedbackPrivacyPage />;
    case 'feedbackInbox':
      return <FeedbackInboxPage />;
    case 'feedbackDetail':
      return <FeedbackDetailPage key={route.id} id={route.id} />;
    case 'quiz':
      return <QuizPage />;
    case 'units':
      return <UnitsPage />;
    case 'notFound':
      return <NotFoundPage />;
    default:
      return (
        <Suspense fallback={<Loading />}>
          <SchedulePage route={route} />
        </Suspense>
      );
  }
}

/**
 * /admin/: everyone gets the dashboard (on air now, waiting approvals, silent screens, what expires); the principal is
 * taken on to her inbox when something waits (PendingApprovals).
 */
function Landing() {
  return <HomePage />;
}
