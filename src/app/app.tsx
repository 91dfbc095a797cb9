import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { Suspense, useEffect, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter, matchPath, Route, Routes, useParams } from '@/lib/router';
import { preloadableLazy } from '@/lib/preloadable-lazy';
import { ToastProvider } from '@/components/ui/toast-provider';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { ErrorNotice } from '@/components/ui/error-notice';
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

/**
 * A screen that fails (its code did not load after a deploy, or it crashed) shows a notice with a reload in its place;
 * the header, the navigation and the other screens stay usable. Keyed by the caller so another page starts afresh.
 */
function ScreenBoundary({ children }: { children: ReactNode }) {
  return <ErrorBoundary fallback={(error) => <ErrorNotice error={error} scope="screen" />}>{children}</ErrorBoundary>;
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
  return (
    <ScreenBoundary>
      <DashboardPage createActions={<ImportFromText />} />
    </ScreenBoundary>
  );
}

/** The editor route asks for the roundup while the editor's code is still loading, not after. */
function EditorRoute() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (id !== '') void queryClient.prefetchQuery(roundupQueryOptions(id));
  }, [id, queryClient]);
  return (
    <ScreenBoundary key={id}>
      <Suspense fallback={<ScreenLoading />}>
        <RoundupEditorPage />
      </Suspense>
    </ScreenBoundary>
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
      {/* The last line: whatever fails outside a screen still leaves words and a reload, never a blank page. */}
      <ErrorBoundary fallback={(error) => <ErrorNotice error={error} scope="app" />}>
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
                    <Route
                      path={screenPaths.accounts}
                      element={
                        <ScreenBoundary>
                          <AccountsPage />
                        </ScreenBoundary>
                      }
                    />
                  </Routes>
                </Suspense>
              </AuthGate>
            </BrowserRouter>
          </ToastProvider>
        </QueryClientProvider>
      </ErrorBoundary>
    </I18nextProvider>
  );
}
