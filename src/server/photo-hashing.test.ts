import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { photoSchema } from '../contract/photo-endpoints';
import { apiRoutes } from '../contract/routes';
import { signInAs } from '../../tests/contract/signed-in-client';
import { imageFixtures } from '../../tests/contract/image-fixtures';
import { sha256Hex } from '../services/sha256';
import type * as Sha256Module from '../services/sha256';
import { startBureauServer, type RunningServer } from './create-bureau-server';
import { serverConfig } from './server-config';

// The pure-JS SHA-256, watched: it still hashes short texts (session tokens), never a photo's bytes on the server.
vi.mock('../services/sha256', async (importOriginal) => {
  const actual: typeof Sha256Module = await importOriginal();
  return { sha256Hex: vi.fn(actual.sha256Hex) };
});

let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'bureau-photo-hash-'));
  server = await startBureauServer(serverConfig({ port: 0, host: '127.0.0.1', dataDir, staticDir: join(dataDir, 'none') }), { log: () => undefined });
}, 30_000);

afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('photo hashing on the server', () => {
  it('hashes an upload and its web sizes with node:crypto, not the pure-JS SHA-256 on the event loop', async () => {
    const reporter = await signInAs({ baseUrl: server.url, fetch: globalThis.fetch }, 'reporter@bureau.test');
    vi.mocked(sha256Hex).mockClear();
    const response = await reporter.call(apiRoutes.photos, { method: 'POST', headers: { 'Content-Type': 'image/png' }, body: imageFixtures.png(40, 30) });
    expect(response.status).toBe(201);
    const photo = photoSchema.parse(await response.json());
    expect(photo.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const byteInputs = vi.mocked(sha256Hex).mock.calls.filter(([input]) => input instanceof Uint8Array);
    expect(byteInputs).toEqual([]);
  }, 30_000);
});
