import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FirstRunBackend } from '../../tests/contract/setup-contract';
import { startBureauServer } from './create-bureau-server';
import { serverConfig } from './server-config';
import { openIsolatedPostgresStorage } from './storage/postgres/open-isolated-postgres-storage';

/** The real server started as an operator would without demo data: empty storage, and the setup link it printed. */
export async function startFirstRunContractServer(engine: 'sqlite' | 'postgres'): Promise<FirstRunBackend> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bureau-first-run-'));
  const databaseUrl = process.env.DATABASE_URL;
  const server = await startBureauServer(
    serverConfig({ port: 0, host: '127.0.0.1', dataDir, staticDir: join(dataDir, 'no-app'), seedDemo: 'false', shutdownGraceMs: 2000 }),
    {
      log: () => undefined,
      ...(engine === 'postgres' && databaseUrl ? { openStorage: () => openIsolatedPostgresStorage(databaseUrl) } : {}),
    },
  );
  const setupToken = server.setupUrl === null ? null : new URL(server.setupUrl).searchParams.get('token');
  if (setupToken === null) throw new Error('a server started without accounts and demo data printed no setup link');
  return {
    baseUrl: server.url,
    fetch: (input, init) => globalThis.fetch(input, init),
    setupToken,
    async teardown() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
