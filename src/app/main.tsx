import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { App } from './app';
import type { DemoBackendControls } from './app-shell';
import './styles.css';

/** `VITE_BACKEND=server` talks to a real server; anything else runs the in-browser mock (the static demo). */
const backend = import.meta.env.VITE_BACKEND === 'server' ? 'server' : 'mock';

async function startBackend(): Promise<DemoBackendControls | null> {
  if (backend === 'server') return null;
  const { startMockBackend } = await import('@/mocks/browser');
  return startMockBackend();
}

const i18n = createI18n();
const root = createRoot(document.getElementById('root')!);

startBackend()
  .then((demo) => {
    root.render(
      <StrictMode>
        <App queryClient={createQueryClient()} i18n={i18n} demo={demo} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    console.error(error);
    root.render(
      <p role="alert" style={{ padding: '2rem', fontFamily: 'sans-serif' }}>
        {i18n.t('app.backendFailed')}
      </p>,
    );
  });
