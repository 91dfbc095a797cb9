import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { roundupResponseSchema } from '../contract/roundup-endpoints';
import { apiRoutes } from '../contract/routes';
import { signInAs } from '../../tests/contract/signed-in-client';
import { startBureauServer, type RunningServer } from './create-bureau-server';
import { serverConfig } from './server-config';
import { openSqliteStorage } from './storage/sqlite/open-sqlite-storage';

let dataDir: string;
let server: RunningServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
  await rm(dataDir, { recursive: true, force: true });
});

/** SQLite storage whose saves take `delayMs`, so a save is surely in flight when the server is told to stop. */
async function slowSaves(file: string, delayMs: number) {
  const storage = await openSqliteStorage({ file });
  const update = storage.roundups.update.bind(storage.roundups);
  storage.roundups.update = async (...args) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return update(...args);
  };
  return storage;
}

describe('graceful shutdown', () => {
  it('finishes an in-flight save before it stops, and refuses new connections meanwhile', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'bureau-shutdown-'));
    server = await startBureauServer(
      serverConfig({ port: 0, host: '127.0.0.1', dataDir, staticDir: join(dataDir, 'none'), shutdownGraceMs: 5000 }),
      { log: () => undefined, openStorage: () => slowSaves(join(dataDir, 'bureau.sqlite'), 400) },
    );
    const backend = { baseUrl: server.url, fetch: globalThis.fetch };
    const reporter = await signInAs(backend, 'reporter@bureau.test');
    const created = roundupResponseSchema.parse(
      await (await reporter.call(apiRoutes.roundups, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).json(),
    );

    const save = reporter.call(apiRoutes.roundup(created.id), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ baseVersion: 1, meta: { ...created.meta, headline: '종료 직전에 저장' }, body: created.body }),
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopping = server.close();

    const response = await save;
    expect(response.status).toBe(200);
    expect(roundupResponseSchema.parse(await response.json()).meta.headline).toBe('종료 직전에 저장');
    await stopping;
    await expect(fetch(`${backend.baseUrl}${apiRoutes.health}`)).rejects.toThrow();

    // The save is really on disk: a new server on the same data folder has it.
    server = await startBureauServer(
      serverConfig({ port: 0, host: '127.0.0.1', dataDir, staticDir: join(dataDir, 'none') }),
      { log: () => undefined },
    );
    const again = await signInAs({ baseUrl: server.url, fetch: globalThis.fetch }, 'reporter@bureau.test');
    const stored = roundupResponseSchema.parse(await (await again.call(apiRoutes.roundup(created.id))).json());
    expect(stored).toMatchObject({ version: 2, meta: { headline: '종료 직전에 저장' } });
    // Two server starts and a deliberately slow save: more than the default 5 s on a loaded 2-core machine.
  }, 30_000);
});
