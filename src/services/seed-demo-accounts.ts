import { demoAccounts, demoPassword } from './demo-accounts';
import type { PasswordHasher } from './password-hasher';
import type { UserStorage } from './user-storage';

/** Adds the demo accounts that are missing (one per role); existing accounts are left as they are. */
export async function seedDemoAccounts(storage: UserStorage, hasher: PasswordHasher, now: Date): Promise<number> {
  let added = 0;
  for (const account of demoAccounts) {
    if ((await storage.get(account.id)) !== null) continue;
    const inserted = await storage.insert({
      ...account,
      passwordHash: await hasher.hash(demoPassword),
      createdAt: now.toISOString(),
    });
    if (inserted) added += 1;
  }
  return added;
}
