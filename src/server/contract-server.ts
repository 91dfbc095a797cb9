import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContractBackend } from '../../tests/contract/roundup-api-contract';
import { startBureauServer } from './create-bureau-server';
import { serverConfig } from './server-config';
import { openIsolatedPostgresStorage } from './storage/postgres/open-isolated-postgres-storage';

/** The real Node server on a free port, over real HTTP, with its own data folder (and PostgreSQL schema). */
export async function startContractServer(engine: 'sqlite' | 'postgres'): Promise<ContractBackend> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bureau-contract-'));
  const databaseUrl = process.env.DATABASE_URL;
  const server = await startBureauServer(
    serverConfig({ port: 0, host: '127.0.0.1', dataDir, staticDir: join(dataDir, 'no-app'), shutdownGraceMs: 2000 }),
    {
      log: () => undefined,
      ...(engine === 'postgres' && databaseUrl ? { openStorage: () => openIsolatedPostgresStorage(databaseUrl) } : {}),
    },
  );
  return {
    baseUrl: server.url,
    fetch: (input, init) => globalThis.fetch(input, init),
    async teardown() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

