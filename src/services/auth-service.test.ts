import { describe, expect, it } from 'vitest';
import type { PasswordHasher } from './password-hasher';
import { createAuthService } from './auth-service';
import { createMemoryStorage } from './memory-storage';
import { seedDemoAccounts } from './seed-demo-accounts';
import { demoPassword } from './demo-accounts';

/** Plain text "hashing" keeps the rules test fast; the real hashers have their own tests. */
const plainHasher: PasswordHasher = {
  hash: async (password) => `plain$${password}`,
  verify: async (password, hash) => hash === `plain$${password}`,
};

async function setup() {
  const storage = createMemoryStorage().users;
  let now = new Date('2026-11-30T00:00:00.000Z');
  let tokens = 0;
  await seedDemoAccounts(storage, plainHasher, now);
  const auth = createAuthService({
    storage,
    hasher: plainHasher,
    clock: () => now,
    generateToken: () => `token-${String((tokens += 1)).padStart(20, '0')}`,
  });
  return { auth, storage, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('auth service', () => {
  it('signs in with the right password, case-insensitive email, and knows the user afterwards', async () => {
    const { auth } = await setup();
    const signedIn = await auth.signIn({ email: ' Reporter@Bureau.test ', password: demoPassword });
    expect(signedIn.user).toMatchObject({ id: 'u-reporter', role: 'reporter', email: 'reporter@bureau.test' });
    const authenticated = await auth.authenticate(signedIn.token);
    expect(authenticated?.actor).toEqual({ id: 'u-reporter', name: '신대희', role: 'reporter' });
  });

  it('refuses a wrong password and an unknown email with the same 401', async () => {
    const { auth } = await setup();
    await expect(auth.signIn({ email: 'reporter@bureau.test', password: 'wrong' })).rejects.toMatchObject({
      code: 'unauthenticated',
      message: 'the email or the password is wrong',
    });
    await expect(auth.signIn({ email: 'nobody@bureau.test', password: demoPassword })).rejects.toMatchObject({
      code: 'unauthenticated',
      message: 'the email or the password is wrong',
    });
    await expect(auth.signIn({ email: '', password: '' })).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('stores only a hash of the token', async () => {
    const { auth, storage } = await setup();
    const { token } = await auth.signIn({ email: 'desk@bureau.test', password: demoPassword });
    expect(await storage.findSession(token)).toBeNull();
  });

  it('ends a session at sign-out and after 12 idle hours; use within the window extends it', async () => {
    const { auth, advance } = await setup();
    const { token } = await auth.signIn({ email: 'desk@bureau.test', password: demoPassword });
    advance(7 * 60 * 60 * 1000);
    expect(await auth.authenticate(token)).not.toBeNull();
    advance(10 * 60 * 60 * 1000);
    expect(await auth.authenticate(token)).not.toBeNull();
    advance(12 * 60 * 60 * 1000 + 1);
    expect(await auth.authenticate(token)).toBeNull();
    await expect(auth.require(token)).rejects.toMatchObject({ code: 'unauthenticated' });

    const second = await auth.signIn({ email: 'desk@bureau.test', password: demoPassword });
    await auth.signOut(second.token);
    expect(await auth.authenticate(second.token)).toBeNull();
  });

  it('treats a missing or garbage token as signed out', async () => {
    const { auth } = await setup();
    expect(await auth.authenticate(undefined)).toBeNull();
    expect(await auth.authenticate('short')).toBeNull();
    expect(await auth.authenticate('x'.repeat(10_000))).toBeNull();
    await expect(auth.require(undefined)).rejects.toMatchObject({ code: 'unauthenticated', message: 'sign in to continue' });
  });
});
