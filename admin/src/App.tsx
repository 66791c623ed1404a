import { lazy, Suspense } from 'react';
import { RealtimeProvider } from './api/realtime.tsx';
import { ConfirmProvider } from './ui/ConfirmDialog.tsx';
import { AppLayout } from './ui/layout/AppLayout.tsx';
import { Loading } from './ui/Status.tsx';
import { ToastProvider } from './ui/Toast.tsx';
import { I18nProvider } from './i18nContext.tsx';
import { ContentEditorPage } from './content/ContentEditorPage.tsx';
import { ContentListPage } from './content/ContentListPage.tsx';
import { LoginPage } from './auth/LoginPage.tsx';
import { LookupStatsPage } from './lookups/LookupStatsPage.tsx';
import { FeedbackPrivacyPage } from './feedback/privacy/FeedbackPrivacyPage.tsx';
import { FeedbackInboxPage } from './feedback/FeedbackInboxPage.tsx';
import { FeedbackDetailPage } from './feedback/FeedbackDetailPage.tsx';
import { QuizPage } from './quiz/QuizPage.tsx';
import { NotFoundPage } from './ui/layout/NotFoundPage.tsx';
import { ScreensPage } from './screens/ScreensPage.tsx';
import { AuditPage } from './audit/AuditPage.tsx';
import { MediaPage } from './media/MediaPage.tsx';
import { ReportPrintPage } from './reports/ReportPrintPage.tsx';
import { ReportsPage } from './reports/ReportsPage.tsx';
import { SatisfactionPage } from './reports/satisfaction/SatisfactionPage.tsx';
import { SettingsPage } from './settings/SettingsPage.tsx';
import { PlanPage } from './areas/PlanPage.tsx';
import { UsersPage } from './users/UsersPage.tsx';
import { AccountPage } from './users/AccountPage.tsx';
import { ApprovalsPage } from './approvals/ApprovalsPage.tsx';
import { PendingApprovalsProvider } from './approvals/PendingApprovals.tsx';
import { ImportPage } from './content/ImportPage.tsx';
import { HomePage } from './home/HomePage.tsx';
import { UnitsPage } from './units/UnitsPage.tsx';
import { UnitProvider } from './units/UnitProvider.tsx';
import { RouterProvider, useRouter } from './router.tsx';
import { SchoolProvider } from './school.tsx';
import { SessionProvider, useSession } from './session.tsx';

// The scheduling pages (cron engine, week grid, cronstrue) load on first visit: most sessions never open them.
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
              <Page />
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
