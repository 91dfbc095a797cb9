import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from '../services/demo-accounts';
import { createMemoryUserStorage } from '../services/memory-user-storage';
import type { PasswordHasher } from '../services/password-hasher';
import { seedDemoAccounts } from '../services/seed-demo-accounts';
import { startBureauServer } from './create-bureau-server';
import { isLoopbackHost } from './loopback-host';
import { refuseExposedDemoAccounts } from './refuse-exposed-demo-accounts';
import { readServerConfig, serverConfig } from './server-config';

const plainHasher: PasswordHasher = {
  hash: async (password) => `plain$${password}`,
  verify: async (password, hash) => hash === `plain$${password}`,
};

describe('server configuration: where it listens', () => {
  it('listens on loopback unless HOST says otherwise', () => {
    expect(readServerConfig({}).host).toBe('127.0.0.1');
    expect(readServerConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('reads ALLOW_DEMO_ACCOUNTS_ON_NETWORK and TRUST_PROXY as explicit yes/no, off by default', () => {
    expect(readServerConfig({})).toMatchObject({ allowDemoAccountsOnNetwork: false, trustProxy: false });
    expect(readServerConfig({ ALLOW_DEMO_ACCOUNTS_ON_NETWORK: 'true', TRUST_PROXY: 'true' })).toMatchObject({
      allowDemoAccountsOnNetwork: true,
      trustProxy: true,
    });
    expect(() => readServerConfig({ ALLOW_DEMO_ACCOUNTS_ON_NETWORK: 'yes' })).toThrow(/ALLOW_DEMO_ACCOUNTS_ON_NETWORK must be "true" or "false"/);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0:0:0:0:0:0:0:1', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.0.10', false],
    ['bureau.example', false],
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});

describe('demo accounts are never exposed silently', () => {
  const users = createMemoryUserStorage();

  it('refuses the demo seed on 0.0.0.0, naming what to do', async () => {
    const refusal = refuseExposedDemoAccounts(serverConfig({ host: '0.0.0.0' }), { users, hasher: plainHasher });
    await expect(refusal).rejects.toThrow(/HOST=0\.0\.0\.0 can be reached from the network/);
    await expect(refusal).rejects.toThrow(/unset HOST/);
    await expect(refusal).rejects.toThrow(/SEED_DEMO=false/);
    await expect(refusal).rejects.toThrow(/ALLOW_DEMO_ACCOUNTS_ON_NETWORK=true/);
  });

  it('allows it on loopback, and on the network when the operator says so', async () => {
    await expect(refuseExposedDemoAccounts(serverConfig({}), { users, hasher: plainHasher })).resolves.toBeUndefined();
    await expect(
      refuseExposedDemoAccounts(serverConfig({ host: '0.0.0.0', allowDemoAccountsOnNetwork: 'true' }), { users, hasher: plainHasher }),
    ).resolves.toBeUndefined();
  });

  it('refuses demo accounts left in the database with the demo password even with SEED_DEMO=false', async () => {
    const seeded = createMemoryUserStorage();
    await seedDemoAccounts(seeded, plainHasher, new Date());
    const config = serverConfig({ host: '0.0.0.0', seedDemo: 'false' });
    await expect(refuseExposedDemoAccounts(config, { users: seeded, hasher: plainHasher })).rejects.toThrow(/admin@bureau\.test/);
  });

  it('starts with SEED_DEMO=false on the network once no demo account has the demo password', async () => {
    const changed = createMemoryUserStorage();
    for (const account of demoAccounts) {
      await changed.insert({ ...account, passwordHash: await plainHasher.hash(`${demoPassword}-changed`), createdAt: new Date().toISOString() });
    }
    const config = serverConfig({ host: '0.0.0.0', seedDemo: 'false' });
    await expect(refuseExposedDemoAccounts(config, { users: changed, hasher: plainHasher })).resolves.toBeUndefined();
  });

  it('the server itself refuses to start on 0.0.0.0 with the demo seed, before it listens', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'bureau-exposed-'));
    try {
      await expect(
        startBureauServer(serverConfig({ port: 0, host: '0.0.0.0', dataDir, staticDir: join(dataDir, 'none') }), { log: () => undefined }),
      ).rejects.toThrow(/Bureau will not start/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
