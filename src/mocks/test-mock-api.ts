import { storedSessionCookies, type SessionCookies } from '../api/session-cookies';
import type { PasswordHasher } from '../services/password-hasher';
import { createMemoryStorage } from '../services/memory-storage';
import { seedDemoAccounts } from '../services/seed-demo-accounts';
import { createMockApi } from './create-mock-api';

/** Plain "hashing": the rules tests do not need to wait for PBKDF2; the real hasher has its own tests. */
export const plainTestHasher: PasswordHasher = {
  hash: async (password) => `plain$${password}`,
  verify: async (password, hash) => hash === `plain$${password}`,
};

/** The session token kept in a plain map, as the browser mock keeps it in Web Storage, for tests of signed-in pages. */
export function inMemorySessionCookies(options?: Parameters<typeof storedSessionCookies>[1]): SessionCookies {
  const values = new Map<string, string>();
  return storedSessionCookies(
    {
      getItem: (key) => values.get(key) ?? null,
      setItem: (key, value) => void values.set(key, value),
      removeItem: (key) => void values.delete(key),
    },
    options,
  );
}

/** The mock's API app over memory storage with the demo accounts, for unit and component tests. */
export async function createTestMockApi(
  options: { maxPhotoBytes?: number; clock?: () => Date; sessionCookies?: SessionCookies } = {},
) {
  const storage = createMemoryStorage();
  const clock = options.clock ?? (() => new Date());
  await seedDemoAccounts(storage.users, plainTestHasher, clock());
  let ids = 0;
  const app = createMockApi({
    storage,
    hasher: plainTestHasher,
    clock,
    generateId: () => `id-${(ids += 1)}`,
    ...(options.maxPhotoBytes === undefined ? {} : { maxPhotoBytes: options.maxPhotoBytes }),
    ...(options.sessionCookies === undefined ? {} : { sessionCookies: options.sessionCookies }),
  });
  return { app, storage };
}
