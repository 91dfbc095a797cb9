import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ToastProvider } from '@/components/ui/toast-provider';
import { AuthGate } from '@/features/auth/components/auth-gate';
import { UserMenu } from '@/features/auth/components/user-menu';
import { RoundupEditorPage } from '@/features/editor/components/roundup-editor-page';
import { DashboardPage } from '@/features/roundups/components/dashboard-page';
import { AppShell, type DemoBackendControls } from './app-shell';

interface AppProps {
  queryClient: QueryClient;
  i18n: I18n;
  demo: DemoBackendControls | null;
  /** The backend seeded the demo accounts: list them on the sign-in page. */
  showDemoAccounts: boolean;
}

export function App({ queryClient, i18n, demo, showDemoAccounts }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <BrowserRouter>
            <AuthGate
              showDemoAccounts={showDemoAccounts}
              frame={(content, signedIn) => (
                <AppShell demo={demo} account={signedIn ? <UserMenu /> : null}>
                  {content}
                </AppShell>
              )}
            >
              <Routes>
                <Route path="/" element={<DashboardPage />} />
                <Route path="/roundups/:id" element={<RoundupEditorPage />} />
              </Routes>
            </AuthGate>
          </BrowserRouter>
        </ToastProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
