import 'fake-indexeddb/auto';
import { setupServer } from 'msw/node';
import { afterEach, describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../contract/api-error';
import { photoSchema } from '../contract/photo-endpoints';
import { roundupResponseSchema } from '../contract/roundup-endpoints';
import { apiRoutes } from '../contract/routes';
import { createMemoryStorage } from '../services/memory-storage';
import { createPhotoService } from '../services/photo-service';
import { createRoundupService } from '../services/roundup-service';
import { imageFixtures } from '../../tests/contract/image-fixtures';
import { createMockHandlers, type MockHandlerOptions } from './handlers';

const baseUrl = 'http://localhost';
let server: ReturnType<typeof setupServer> | null = null;

function start(options: Partial<MockHandlerOptions> = {}) {
  const storage = createMemoryStorage();
  let ids = 0;
  const generateId = () => `id-${(ids += 1)}`;
  const clock = () => new Date('2026-03-02T09:00:00.000Z');
  server = setupServer(
    ...createMockHandlers({
      roundups: createRoundupService({ storage: storage.roundups, clock, generateId }),
      photos: createPhotoService({ storage: storage.photos, clock, generateId, maxBytes: 1000 }),
      baseUrl,
      maxPhotoBytes: 1000,
      ...options,
    }),
  );
  server.listen({ onUnhandledRequest: 'error' });
}

afterEach(() => {
  server?.close();
  server = null;
});

describe('mock handlers', () => {
  it('waits the configured latency before answering', async () => {
    start({ latencyMs: 80 });
    const started = performance.now();
    const response = await fetch(`${baseUrl}${apiRoutes.roundups}`);
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
  });

  it('answers on the page origin when no base URL is given', () => {
    const [listHandler] = createMockHandlers({
      roundups: createRoundupService({ storage: createMemoryStorage().roundups, clock: () => new Date(), generateId: () => 'x' }),
      photos: createPhotoService({ storage: createMemoryStorage().photos, clock: () => new Date(), generateId: () => 'x', maxBytes: 1 }),
    });
    expect(listHandler?.info.header).toBe(`GET ${apiRoutes.roundups}`);
  });

  it('serves photos as their own media type, never sniffed by the browser', async () => {
    start();
    const upload = await fetch(`${baseUrl}${apiRoutes.photos}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: imageFixtures.webpLossless(4, 4),
    });
    const photo = photoSchema.parse(await upload.json());
    const served = await fetch(`${baseUrl}${photo.url}`);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Number(served.headers.get('content-length'))).toBe(photo.byteSize);
  });

  it('refuses an upload whose Content-Length is over the limit without reading it', async () => {
    start();
    const response = await fetch(`${baseUrl}${apiRoutes.photos}`, {
      method: 'POST',
      headers: { 'Content-Type': 'image/png' },
      body: new Uint8Array(1001),
    });
    expect(response.status).toBe(413);
    expect(apiErrorBodySchema.parse(await response.json()).error.details?.limitBytes).toBe(1000);
  });

  it('answers the error shape for a method the API does not have', async () => {
    start();
    const response = await fetch(`${baseUrl}${apiRoutes.photo('x')}`, { method: 'DELETE' });
    expect(response.status).toBe(404);
    expect(apiErrorBodySchema.parse(await response.json()).error.message).toContain('DELETE /api/photos/x');
  });

  it('hands the Idempotency-Key header to the service', async () => {
    start();
    const created = roundupResponseSchema.parse(await (await fetch(`${baseUrl}${apiRoutes.roundups}`, { method: 'POST', body: '{}' })).json());
    const response = await fetch(`${baseUrl}${apiRoutes.roundup(created.id)}`, {
      method: 'PUT',
      headers: { 'Idempotency-Key': 'ä' },
      body: JSON.stringify({ baseVersion: 1, meta: created.meta, body: created.body }),
    });
    expect(response.status).toBe(400);
    expect(apiErrorBodySchema.parse(await response.json()).error.details?.issues?.[0]?.path).toBe('Idempotency-Key');
  });
});
