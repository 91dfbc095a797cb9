import { describe, expect, it } from 'vitest';
import { createFirstRunSetup } from './first-run-setup';
import { createMemoryUserStorage } from './memory-user-storage';
import type { PasswordHasher } from './password-hasher';

const plainHasher: PasswordHasher = {
  hash: async (password) => `plain$${password}`,
  verify: async (password, hash) => hash === `plain$${password}`,
};

const token = 'a-one-time-token-of-enough-length';
const request = { token, name: '첫 관리자', email: 'Chief@Newsroom.test', password: 'a long first password' };

function setup(options: { token?: string | null } = {}) {
  const storage = createMemoryUserStorage();
  let ids = 0;
  const firstRun = createFirstRunSetup({
    storage,
    hasher: plainHasher,
    clock: () => new Date('2026-12-07T09:00:00.000Z'),
    generateId: () => `admin-${(ids += 1)}`,
    token: options.token === undefined ? token : options.token,
  });
  return { storage, firstRun };
}

describe('first-run setup', () => {
  it('creates one admin with the token, storing a hash of the password', async () => {
    const { storage, firstRun } = setup();
    expect(await firstRun.createFirstAdmin(request)).toEqual({ id: 'admin-1', name: '첫 관리자', email: 'chief@newsroom.test', role: 'admin' });
    expect(await storage.findByEmail('chief@newsroom.test')).toMatchObject({ role: 'admin', passwordHash: 'plain$a long first password' });
  });

  it('refuses a wrong token, and any token where the server issued none', async () => {
    await expect(setup().firstRun.createFirstAdmin({ ...request, token: `${token}!` })).rejects.toMatchObject({ code: 'invalid_setup_token' });
    await expect(setup({ token: null }).firstRun.createFirstAdmin(request)).rejects.toMatchObject({ code: 'invalid_setup_token' });
  });

  it('is closed once an admin exists, the token spent', async () => {
    const { firstRun } = setup();
    await firstRun.createFirstAdmin(request);
    await expect(firstRun.createFirstAdmin({ ...request, email: 'second@newsroom.test' })).rejects.toMatchObject({ code: 'already_set_up' });
  });

  it('creates only one admin when two requests with the token arrive together', async () => {
    const { storage, firstRun } = setup();
    const results = await Promise.allSettled([
      firstRun.createFirstAdmin(request),
      firstRun.createFirstAdmin({ ...request, email: 'other@newsroom.test' }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await storage.list()).filter((user) => user.role === 'admin')).toHaveLength(1);
  });

  it('refuses a weak password by the rules of every account (weak_password), and a malformed email as validation_failed', async () => {
    const { firstRun } = setup();
    const weak = (reason: string) => ({ code: 'weak_password', details: { reason } });
    await expect(firstRun.createFirstAdmin({ ...request, password: 'short' })).rejects.toMatchObject(weak('too_short'));
    await expect(firstRun.createFirstAdmin({ ...request, password: 'bureau-demo' })).rejects.toMatchObject(weak('published'));
    await expect(firstRun.createFirstAdmin({ ...request, password: 'chief@newsroom.test' })).rejects.toMatchObject(weak('same_as_email'));
    await expect(firstRun.createFirstAdmin({ ...request, email: 'not an email' })).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
