import { describe, expect, it } from 'vitest';
import { createAuthService } from './auth-service';
import { demoPassword } from './demo-accounts';
import { createMemoryUserStorage } from './memory-user-storage';
import type { PasswordHasher } from './password-hasher';
import { seedDemoAccounts } from './seed-demo-accounts';
import { sha256Hex } from './sha256';
import { createUserAdminService } from './user-admin-service';

/** Plain text "hashing" keeps the rules test fast; the real hashers have their own tests. */
const plainHasher: PasswordHasher = {
  hash: async (password) => `plain$${password}`,
  verify: async (password, hash) => hash === `plain$${password}`,
};

const admin = { id: 'u-admin', name: '관리자', role: 'admin' } as const;

async function setup() {
  const storage = createMemoryUserStorage();
  const now = new Date('2026-11-30T00:00:00.000Z');
  let tokens = 0;
  await seedDemoAccounts(storage, plainHasher, now);
  const clock = () => now;
  const auth = createAuthService({
    storage,
    hasher: plainHasher,
    clock,
    generateToken: () => `token-${String((tokens += 1)).padStart(20, '0')}`,
  });
  const accounts = createUserAdminService({ storage, hasher: plainHasher, clock, generateId: () => `u-${(tokens += 1)}` });
  return { storage, auth, accounts };
}

describe('deactivated accounts', () => {
  it('refuses a session of a deactivated account even when its row survived, and removes the row', async () => {
    const { storage, auth } = await setup();
    await storage.insert({
      id: 'u-gone',
      email: 'gone@bureau.test',
      name: '퇴사자',
      role: 'desk',
      passwordHash: 'plain$whatever it was',
      createdAt: '2026-11-01T00:00:00.000Z',
      active: false,
      deactivatedAt: '2026-11-29T00:00:00.000Z',
    });
    const token = 'a-token-that-survived-00000';
    await storage.insertSession({
      tokenHash: sha256Hex(token),
      userId: 'u-gone',
      createdAt: '2026-11-29T23:00:00.000Z',
      expiresAt: '2026-11-30T11:00:00.000Z',
    });
    expect(await auth.authenticate(token)).toBeNull();
    await expect(auth.require(token)).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(await storage.findSession(sha256Hex(token))).toBeNull();
  });

  it('says "deactivated" only to whoever gives the right password', async () => {
    const { auth, accounts } = await setup();
    await accounts.update(admin, 'u-reporter', { active: false });
    await expect(auth.signIn({ email: 'reporter@bureau.test', password: demoPassword })).rejects.toMatchObject({ code: 'account_deactivated' });
    await expect(auth.signIn({ email: 'reporter@bureau.test', password: 'a wrong guess' })).rejects.toMatchObject({ code: 'unauthenticated' });
    await accounts.update(admin, 'u-reporter', { active: true });
    await expect(auth.signIn({ email: 'reporter@bureau.test', password: demoPassword })).resolves.toMatchObject({ user: { id: 'u-reporter' } });
  });

  it('tells listeners when every session of an account ended, so that its live streams close', async () => {
    const { accounts } = await setup();
    const ended: string[] = [];
    const stop = accounts.onSessionsEnded((userId) => ended.push(userId));
    await accounts.update(admin, 'u-desk', { role: 'reporter' });
    await accounts.update(admin, 'u-reporter', { active: false });
    await accounts.resetPassword(admin, 'u-designer', {});
    stop();
    await accounts.update(admin, 'u-desk', { active: false });
    expect(ended).toEqual(['u-reporter', 'u-designer']);
  });

  it('records the time of each sign-in', async () => {
    const { auth, storage } = await setup();
    expect((await storage.get('u-desk'))?.lastSignedInAt).toBeNull();
    await auth.signIn({ email: 'desk@bureau.test', password: demoPassword });
    expect((await storage.get('u-desk'))?.lastSignedInAt).toBe('2026-11-30T00:00:00.000Z');
  });
});
