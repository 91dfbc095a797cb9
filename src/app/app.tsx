import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { Suspense, useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter, matchPath, Route, Routes, useParams } from '@/lib/router';
import { preloadableLazy } from '@/lib/preloadable-lazy';
import { ToastProvider } from '@/components/ui/toast-provider';
import { AuthGate } from '@/features/auth/components/auth-gate';
import { UserMenu } from '@/features/auth/components/user-menu';
import { NotificationsMenu } from '@/features/notifications/components/notifications-menu';
import { ImportFromText } from '@/features/import/components/import-from-text';
import { roundupQueryOptions } from '@/features/editor/api/get-roundup';
import type { LiveSource } from '@/lib/live-source';
import { AppShell, type DemoBackendControls } from './app-shell';
import { LiveUpdates } from './live-updates';

// Each screen loads with its route: the dashboard does not pay for the editor, nor the editor for the dashboard.
const DashboardPage = preloadableLazy(() =>
  import('@/features/roundups/components/dashboard-page').then((module) => module.DashboardPage),
);
const RoundupEditorPage = preloadableLazy(() =>
  import('@/features/editor/components/roundup-editor-page').then((module) => module.RoundupEditorPage),
);

const AccountsPage = preloadableLazy(() =>
  import('@/features/accounts/components/accounts-page').then((module) => module.AccountsPage),
);

const screenPaths = { dashboard: '/', editor: '/roundups/:id', accounts: '/accounts' } as const;

/**
 * Starts downloading the screen `pathname` shows, so that it is there by the time the backend has answered and the
 * user is known, rather than requested only then.
 */
export function preloadScreenFor(pathname: string): void {
  const screen =
    matchPath(screenPaths.editor, pathname) !== null
      ? RoundupEditorPage
      : matchPath(screenPaths.accounts, pathname) !== null
        ? AccountsPage
        : DashboardPage;
  screen.preload().catch(() => {
    // Rendering the screen asks again and shows the error where the user sees it.
  });
}

function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="p-6 text-sm text-slate-600">
      {t('common.loading')}
    </p>
  );
}

/** Once the dashboard is up and the browser idle, the editor's code downloads, so opening a roundup waits for data only. */
function DashboardRoute() {
  useEffect(() => {
    const preload = () => void RoundupEditorPage.preload().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(preload, { timeout: 3_000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(preload, 1_000);
    return () => clearTimeout(timer);
  }, []);
  return <DashboardPage createActions={<ImportFromText />} />;
}

/** The editor route asks for the roundup while the editor's code is still loading, not after. */
function EditorRoute() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (id !== '') void queryClient.prefetchQuery(roundupQueryOptions(id));
  }, [id, queryClient]);
  return (
    <Suspense fallback={<ScreenLoading />}>
      <RoundupEditorPage />
    </Suspense>
  );
}

interface AppProps {
  queryClient: QueryClient;
  i18n: I18n;
  demo: DemoBackendControls | null;
  /** The backend seeded the demo accounts: list them on the sign-in page. */
  showDemoAccounts: boolean;
  /** Where changes made by others come from: the server's events, or the mock's other tabs. */
  live: LiveSource;
}

export function App({ queryClient, i18n, demo, showDemoAccounts, live }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <BrowserRouter>
            <AuthGate
              showDemoAccounts={showDemoAccounts}
              frame={(content, signedIn) => (
                <AppShell
                  demo={demo}
                  account={
                    signedIn ? (
                      <>
                        <NotificationsMenu />
                        <UserMenu />
                      </>
                    ) : null
                  }
                >
                  {content}
                </AppShell>
              )}
            >
              <LiveUpdates source={live} />
              <Suspense fallback={<ScreenLoading />}>
                <Routes>
                  <Route path={screenPaths.dashboard} element={<DashboardRoute />} />
                  <Route path={screenPaths.editor} element={<EditorRoute />} />
                  <Route path={screenPaths.accounts} element={<AccountsPage />} />
                </Routes>
              </Suspense>
            </AuthGate>
          </BrowserRouter>
        </ToastProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
