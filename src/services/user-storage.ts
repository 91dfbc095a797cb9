import type { StoredSession, StoredUser } from './stored-user';

/** Accounts and their sessions. Same adapters as roundups: memory, IndexedDB, SQLite, PostgreSQL. */
export interface UserStorage {
  /** False (and nothing written) when the id or the email is taken. */
  insert(user: StoredUser): Promise<boolean>;
  get(id: string): Promise<StoredUser | null>;
  /** `email` is compared lower-cased. */
  findByEmail(email: string): Promise<StoredUser | null>;
  list(): Promise<StoredUser[]>;

  insertSession(session: StoredSession): Promise<void>;
  findSession(tokenHash: string): Promise<StoredSession | null>;
  /** Moves the expiry (sliding sessions); false when the session is gone. */
  extendSession(tokenHash: string, expiresAt: string): Promise<boolean>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Removes sessions that expired before `now` (ISO); returns how many. */
  deleteExpiredSessions(now: string): Promise<number>;
}
