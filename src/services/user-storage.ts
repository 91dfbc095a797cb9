import type { UserRole } from '../contract/user-endpoints';
import type { NewStoredUser, StoredSession, StoredUser } from './stored-user';

/** What an admin may change of an account in one step; `at` is when (ISO), recorded as `deactivatedAt`. */
export interface AccountChange {
  name?: string;
  role?: UserRole;
  active?: boolean;
  at: string;
}

/**
 * The outcome of `UserStorage.update`. `last_admin`: nothing was written, because afterwards no active admin would be
 * left (checked in the same transaction as the write, so two admins demoting each other at once cannot both win).
 */
export type AccountChangeResult = { outcome: 'updated'; user: StoredUser } | { outcome: 'not_found' } | { outcome: 'last_admin' };

/** Accounts and their sessions. Same adapters as roundups: memory, IndexedDB, SQLite, PostgreSQL. */
export interface UserStorage {
  /** False (and nothing written) when the id or the email is taken. */
  insert(user: NewStoredUser): Promise<boolean>;
  get(id: string): Promise<StoredUser | null>;
  /** `email` is compared lower-cased. */
  findByEmail(email: string): Promise<StoredUser | null>;
  list(): Promise<StoredUser[]>;
  /**
   * Changes name, role and/or active. Deactivating deletes the account's sessions in the same transaction and sets
   * `deactivatedAt`; reactivating clears it.
   */
  update(id: string, change: AccountChange): Promise<AccountChangeResult>;
  /** Replaces the password hash and sets `passwordChangedAt`; false when there is no such account. */
  setPassword(id: string, passwordHash: string, changedAt: string): Promise<boolean>;
  /** Sets `lastSignedInAt`. */
  recordSignIn(id: string, at: string): Promise<void>;

  insertSession(session: StoredSession): Promise<void>;
  findSession(tokenHash: string): Promise<StoredSession | null>;
  /** Moves the expiry (sliding sessions); false when the session is gone. */
  extendSession(tokenHash: string, expiresAt: string): Promise<boolean>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Removes every session of the user except the one whose hash is `keepTokenHash`; returns how many. */
  deleteSessionsOf(userId: string, keepTokenHash?: string): Promise<number>;
  /** Removes sessions that expired before `now` (ISO); returns how many. */
  deleteExpiredSessions(now: string): Promise<number>;
}
