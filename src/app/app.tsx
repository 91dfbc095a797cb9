import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ToastProvider } from '@/components/ui/toast-provider';
import { RoundupEditorPage } from '@/features/editor/components/roundup-editor-page';
import { DashboardPage } from '@/features/roundups/components/dashboard-page';
import { AppShell, type DemoBackendControls } from './app-shell';

interface AppProps {
  queryClient: QueryClient;
  i18n: I18n;
  demo: DemoBackendControls | null;
}

export function App({ queryClient, i18n, demo }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <BrowserRouter>
            <AppShell demo={demo}>
              <Routes>
                <Route path="/" element={<DashboardPage />} />
                <Route path="/roundups/:id" element={<RoundupEditorPage />} />
              </Routes>
            </AppShell>
          </BrowserRouter>
        </ToastProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
