import { describe, expect, it } from 'vitest';
import { createAuthService } from './auth-service';
import { demoPassword } from './demo-accounts';
import { createMemoryStorage } from './memory-storage';
import type { PasswordHasher } from './password-hasher';
import { seedDemoAccounts } from './seed-demo-accounts';
import { sha256Hex } from './sha256';

/** Counts the password checks, which are what a flood of sign-ins costs. */
function countingHasher() {
  const counts = { verify: 0 };
  const hasher: PasswordHasher = {
    hash: async (password) => `plain$${password}`,
    verify: async (password, hash) => {
      counts.verify += 1;
      return hash === `plain$${password}`;
    },
  };
  return { hasher, counts };
}

async function setup(hashText?: (text: string) => string) {
  const storage = createMemoryStorage().users;
  let now = new Date('2026-12-07T09:00:00.000Z');
  const { hasher, counts } = countingHasher();
  await seedDemoAccounts(storage, hasher, now);
  let tokens = 0;
  const auth = createAuthService({
    storage,
    hasher,
    clock: () => now,
    generateToken: () => `token-${String((tokens += 1)).padStart(20, '0')}`,
    ...(hashText === undefined ? {} : { hashText }),
  });
  return { auth, storage, counts, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const office = { address: '10.0.0.1' };

describe('auth service: sign-in throttle', () => {
  it('refuses the sixth try after five failures, the right password too, without checking it', async () => {
    const { auth, counts, advance } = await setup();
    for (let index = 0; index < 5; index += 1) {
      await expect(auth.signIn({ email: 'desk@bureau.test', password: 'wrong' }, office)).rejects.toMatchObject({ code: 'unauthenticated' });
    }
    expect(counts.verify).toBe(5);
    await expect(auth.signIn({ email: 'desk@bureau.test', password: demoPassword }, office)).rejects.toMatchObject({
      code: 'too_many_attempts',
      status: 429,
      details: { retryAfterSeconds: 15 },
    });
    expect(counts.verify).toBe(5);
    advance(15_000);
    await expect(auth.signIn({ email: 'desk@bureau.test', password: demoPassword }, office)).resolves.toMatchObject({ user: { id: 'u-desk' } });
  });

  it('counts each address apart', async () => {
    const { auth } = await setup();
    for (let index = 0; index < 5; index += 1) {
      await auth.signIn({ email: 'desk@bureau.test', password: 'wrong' }, { address: '203.0.113.9' }).catch(() => undefined);
    }
    await expect(auth.signIn({ email: 'desk@bureau.test', password: demoPassword }, office)).resolves.toMatchObject({ user: { id: 'u-desk' } });
  });
});

describe('auth service: session token hash', () => {
  it('stores sessions under the injected hash and finds them with it', async () => {
    const hashed: string[] = [];
    const { auth, storage } = await setup((text) => {
      hashed.push(text);
      return `injected:${text.length}:${sha256Hex(text)}`;
    });
    const { token } = await auth.signIn({ email: 'desk@bureau.test', password: demoPassword }, office);
    expect(hashed).toEqual([token]);
    expect(await storage.findSession(`injected:${token.length}:${sha256Hex(token)}`)).not.toBeNull();
    expect((await auth.authenticate(token))?.actor.id).toBe('u-desk');
  });

  it('defaults to SHA-256 as hex, so the sessions stored before stay valid', async () => {
    const { auth, storage } = await setup();
    const { token } = await auth.signIn({ email: 'desk@bureau.test', password: demoPassword }, office);
    expect(await storage.findSession(sha256Hex(token))).not.toBeNull();
  });
});
