import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ToastProvider } from '@/components/ui/toast-provider';
import { AuthGate } from '@/features/auth/components/auth-gate';
import { UserMenu } from '@/features/auth/components/user-menu';
import { NotificationsMenu } from '@/features/notifications/components/notifications-menu';
import { ImportFromText } from '@/features/import/components/import-from-text';
import { RoundupEditorPage } from '@/features/editor/components/roundup-editor-page';
import { DashboardPage } from '@/features/roundups/components/dashboard-page';
import type { LiveSource } from '@/lib/live-source';
import { AppShell, type DemoBackendControls } from './app-shell';
import { LiveUpdates } from './live-updates';

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
              <Routes>
                <Route path="/" element={<DashboardPage createActions={<ImportFromText />} />} />
                <Route path="/roundups/:id" element={<RoundupEditorPage />} />
              </Routes>
            </AuthGate>
          </BrowserRouter>
        </ToastProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
