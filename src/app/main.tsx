import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod/mini';
import { apiRoutes } from '@/contract/routes';
import { mockChangeChannel } from '@/contract/live-endpoints';
import { createI18n, loadI18n } from '@/lib/i18n';
import { broadcastLive, eventSourceLive, type LiveSource } from '@/lib/live-source';
import { createQueryClient } from '@/lib/query-client';
import { App, preloadScreenFor } from './app';
import type { DemoBackendControls } from './app-shell';
import './styles.css';

const healthSchema = z.looseObject({ backend: z.string(), demoAccounts: z.optional(z.boolean()) });

interface Backend {
  demo: DemoBackendControls | null;
  showDemoAccounts: boolean;
  live: LiveSource;
}

/**
 * `VITE_BACKEND=server|mock` decides at build time; otherwise the app asks `/api/health`: a Bureau server answers,
 * and a static host (the demo) does not, so the in-browser mock starts.
 */
async function startBackend(): Promise<Backend> {
  const forced = import.meta.env.VITE_BACKEND;
  if (forced !== 'mock') {
    try {
      const response = await fetch(apiRoutes.health, { headers: { Accept: 'application/json' } });
      const health = healthSchema.safeParse(response.ok ? await response.json() : null);
      if (health.success && health.data.backend === 'server') {
        return { demo: null, showDemoAccounts: health.data.demoAccounts === true, live: eventSourceLive(apiRoutes.live) };
      }
    } catch {
      // No server here: fall through to the mock, unless the build insists on a server.
    }
    if (forced === 'server') throw new Error('VITE_BACKEND=server but no Bureau server answers /api/health');
  }
  const { startMockBackend } = await import('@/mocks/browser');
  return { demo: await startMockBackend(), showDemoAccounts: true, live: broadcastLive(mockChangeChannel) };
}

const root = createRoot(document.getElementById('root')!);
preloadScreenFor(window.location.pathname);

Promise.all([startBackend(), loadI18n()])
  .then(([{ demo, showDemoAccounts, live }, i18n]) => {
    root.render(
      <StrictMode>
        <App queryClient={createQueryClient()} i18n={i18n} demo={demo} showDemoAccounts={showDemoAccounts} live={live} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    console.error(error);
    root.render(
      <p role="alert" style={{ padding: '2rem', fontFamily: 'sans-serif' }}>
        {createI18n().t('app.backendFailed')}
      </p>,
    );
  });
