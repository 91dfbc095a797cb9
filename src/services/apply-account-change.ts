import type { StoredUser } from './stored-user';
import type { AccountChange } from './user-storage';

function isActiveAdmin(user: Pick<StoredUser, 'role' | 'active'>): boolean {
  return user.role === 'admin' && user.active;
}

/**
 * The account after `change`, or null when the change would take away the last active admin (the user was one, is
 * no longer one afterwards, and no other account is). Every adapter calls it inside the transaction that writes,
 * with the other accounts (or at least the other active admins) it read in that transaction.
 */
export function applyAccountChange(user: StoredUser, change: AccountChange, everyone: readonly StoredUser[]): StoredUser | null {
  const changed: StoredUser = { ...user };
  if (change.name !== undefined) changed.name = change.name;
  if (change.role !== undefined) changed.role = change.role;
  if (change.active !== undefined && change.active !== user.active) {
    changed.active = change.active;
    changed.deactivatedAt = change.active ? null : change.at;
  }
  if (isActiveAdmin(user) && !isActiveAdmin(changed) && !everyone.some((other) => other.id !== user.id && isActiveAdmin(other))) {
    return null;
  }
  return changed;
}
