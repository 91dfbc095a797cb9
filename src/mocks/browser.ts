import { setupWorker } from 'msw/browser';
import { storedSessionCookies } from '../api/session-cookies';
import { createMockApi } from './create-mock-api';
import { createMockHandlers } from './handlers';
import { mockDatabaseName, openIndexedDbStorage } from './indexeddb-storage';
import { createPbkdf2PasswordHasher } from './pbkdf2-password-hasher';
import { seedDemoData } from '../services/seed-demo-data';
import { createBroadcastChangeFeed } from './broadcast-change-feed';

export interface MockBackendOptions {
  /** Delay before every API answer, in ms, so saving states are visible. Default 0. */
  latencyMs?: number;
  /** IndexedDB database name. Default `bureau-mock`. */
  databaseName?: string;
}

export interface MockBackend {
  /** Empties the database and stores the demo roundup and photos again. Invalidate cached queries afterwards. */
  reset(): Promise<void>;
  stop(): void;
}

async function loadDemoPhoto(photoId: string): Promise<Uint8Array> {
  const response = await fetch(`${import.meta.env.BASE_URL}demo/${encodeURIComponent(photoId)}.png`);
  if (!response.ok) throw new Error(`demo photo ${photoId}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Starts the in-browser backend: opens IndexedDB, seeds the demo roundup on first use, and registers the MSW service
 * worker that answers every `/api` request from the services. Await it before the app's first request.
 */
export async function startMockBackend(options: MockBackendOptions = {}): Promise<MockBackend> {
  const storage = await openIndexedDbStorage({ databaseName: options.databaseName ?? mockDatabaseName });
  const clock = () => new Date();
  const hasher = createPbkdf2PasswordHasher();
  const seed = () => seedDemoData(storage, { clock, loadDemoPhoto, hasher });

  try {
    await seed();
  } catch (error) {
    // The editor still works without the demo; the seed is tried again on the next start.
    console.warn('[mock backend] could not store the demo roundup', error);
  }

  const sessionCookies = storedSessionCookies(localStorage);
  const worker = setupWorker(
    ...createMockHandlers({
      app: createMockApi({ storage, hasher, clock, sessionCookies, changes: createBroadcastChangeFeed() }),
      latencyMs: options.latencyMs ?? 0,
    }),
  );
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });

  return {
    async reset() {
      await storage.clear();
      localStorage.removeItem('bureau.mock.session');
      await seed();
    },
    stop() {
      worker.stop();
      storage.close();
    },
  };
}
