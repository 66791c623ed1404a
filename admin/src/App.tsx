import { RealtimeProvider } from './api/realtime.tsx';
import { ConfirmProvider } from './components/ConfirmDialog.tsx';
import { AppLayout } from './components/layout/AppLayout.tsx';
import { Loading } from './components/Status.tsx';
import { ToastProvider } from './components/Toast.tsx';
import { I18nProvider } from './i18nContext.tsx';
import { ContentEditorPage } from './pages/ContentEditorPage.tsx';
import { ContentListPage } from './pages/ContentListPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { LookupStatsPage } from './pages/LookupStatsPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ScreensPage } from './pages/ScreensPage.tsx';
import { RouterProvider, useRouter } from './router.tsx';
import { SchoolProvider } from './school.tsx';
import { SessionProvider, useSession } from './session.tsx';

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
        <AppLayout>
          <Page />
        </AppLayout>
      </SchoolProvider>
    </RealtimeProvider>
  );
}

function Page() {
  const { route } = useRouter();
  switch (route.page) {
    case 'contentList':
      return <ContentListPage key={route.type} type={route.type} />;
    case 'contentNew':
    case 'contentEdit':
      // One element for both, so a just-created item keeps its page state when its address changes.
      return <ContentEditorPage key={route.type} type={route.type} id={route.page === 'contentEdit' ? route.id : undefined} />;
    case 'screens':
      return <ScreensPage />;
    case 'lookups':
      return <LookupStatsPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
