import { setupServer } from 'msw/node';
import { afterEach, describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../contract/api-error';
import { photoSchema } from '../contract/photo-endpoints';
import { apiRoutes } from '../contract/routes';
import { csrfHeaderName, csrfHeaderValue, sessionResponseSchema } from '../contract/user-endpoints';
import { demoPassword } from '../services/demo-accounts';
import { imageFixtures } from '../../tests/contract/image-fixtures';
import { createMockHandlers, type MockHandlerOptions } from './handlers';
import { storedSessionCookies } from '../api/session-cookies';
import { createTestMockApi } from './test-mock-api';

const baseUrl = 'http://localhost';
let server: ReturnType<typeof setupServer> | null = null;

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

async function start(options: Partial<MockHandlerOptions> = {}, apiOptions: { maxPhotoBytes?: number } = {}) {
  // As in the browser demo: the session token lives in (here, in-memory) Web Storage, not in cookies.
  const { app } = await createTestMockApi({ ...apiOptions, sessionCookies: storedSessionCookies(memoryStorage()) });
  server = setupServer(...createMockHandlers({ app, baseUrl, ...options }));
  server.listen({ onUnhandledRequest: 'error' });
}

function send(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set(csrfHeaderName, csrfHeaderValue);
  return fetch(`${baseUrl}${path}`, { ...init, headers });
}

async function signIn(): Promise<void> {
  const response = await send(apiRoutes.session, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'reporter@bureau.test', password: demoPassword }),
  });
  expect(response.status).toBe(200);
}

afterEach(() => {
  server?.close();
  server = null;
});

describe('mock handlers', () => {
  it('hands every /api request to the shared API app', async () => {
    await start();
    const health = await fetch(`${baseUrl}${apiRoutes.health}`);
    expect(await health.json()).toMatchObject({ ok: true, backend: 'mock' });
  });

  it('keeps the session in Web Storage (a service worker never sees cookies) and drops it at sign-out', async () => {
    await start();
    expect((await send(apiRoutes.me)).status).toBe(401);
    await signIn();
    const me = await send(apiRoutes.me);
    expect(sessionResponseSchema.parse(await me.json()).user.email).toBe('reporter@bureau.test');
    expect((await send(apiRoutes.session, { method: 'DELETE' })).status).toBe(204);
    expect((await send(apiRoutes.me)).status).toBe(401);
  });

  it('waits the configured latency before answering', async () => {
    await start({ latencyMs: 80 });
    const started = performance.now();
    await fetch(`${baseUrl}${apiRoutes.health}`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(70);
  });

  it('serves photos as their own media type, never sniffed by the browser', async () => {
    await start();
    await signIn();
    const form = new FormData();
    form.append('file', new Blob([imageFixtures.png(4, 4)], { type: 'image/png' }), 'p.png');
    const uploaded = await send(apiRoutes.photos, { method: 'POST', body: form });
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);
    const { url } = photoSchema.parse(await uploaded.json());
    const served = await send(url);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses an upload whose Content-Length is over the limit without reading it', async () => {
    await start({}, { maxPhotoBytes: 1000 });
    await signIn();
    const response = await send(apiRoutes.photos, {
      method: 'POST',
      headers: { 'Content-Type': 'image/png', 'Content-Length': '5000' },
      body: new Uint8Array(5000),
    });
    expect(response.status).toBe(413);
    expect(apiErrorBodySchema.parse(await response.json()).error.code).toBe('payload_too_large');
  });

  it('answers the error shape for an endpoint the API does not have', async () => {
    await start();
    const response = await send('/api/nothing-here', { method: 'PATCH' });
    expect(response.status).toBe(404);
    expect(apiErrorBodySchema.parse(await response.json()).error.code).toBe('not_found');
  });
});
