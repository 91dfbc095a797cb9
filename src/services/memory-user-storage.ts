import { storedUserSchema, type StoredSession, type StoredUser } from './stored-user';
import type { UserStorage } from './user-storage';
import { applyAccountChange } from './apply-account-change';

/** Accounts and sessions over plain maps: the reference every other `UserStorage` adapter must behave like. */
export function createMemoryUserStorage(): UserStorage {
  const users = new Map<string, StoredUser>();
  const userIdsByEmail = new Map<string, string>();
  const sessions = new Map<string, StoredSession>();

  return {
    async insert(user) {
      const email = user.email.toLowerCase();
      if (users.has(user.id) || userIdsByEmail.has(email)) return false;
      users.set(user.id, storedUserSchema.parse(structuredClone(user)));
      userIdsByEmail.set(email, user.id);
      return true;
    },
    async get(id) {
      const user = users.get(id);
      return user === undefined ? null : structuredClone(user);
    },
    async findByEmail(email) {
      const id = userIdsByEmail.get(email.toLowerCase());
      const user = id === undefined ? undefined : users.get(id);
      return user === undefined ? null : structuredClone(user);
    },
    async list() {
      return [...users.values()]
        .sort((left, right) => left.createdAt.localeCompare(right.createdAt) || left.id.localeCompare(right.id))
        .map((user) => structuredClone(user));
    },
    async update(id, change) {
      const user = users.get(id);
      if (user === undefined) return { outcome: 'not_found' };
      const changed = applyAccountChange(user, change, [...users.values()]);
      if (changed === null) return { outcome: 'last_admin' };
      users.set(id, changed);
      if (!changed.active) for (const [tokenHash, session] of sessions) if (session.userId === id) sessions.delete(tokenHash);
      return { outcome: 'updated', user: structuredClone(changed) };
    },
    async setPassword(id, passwordHash, changedAt) {
      const user = users.get(id);
      if (user === undefined) return false;
      users.set(id, { ...user, passwordHash, passwordChangedAt: changedAt });
      return true;
    },
    async recordSignIn(id, at) {
      const user = users.get(id);
      if (user !== undefined) users.set(id, { ...user, lastSignedInAt: at });
    },

    async insertSession(session) {
      // Tokens are 32 random bytes: a repeated hash is a bug, and overwriting would hand a session to another user.
      if (sessions.has(session.tokenHash)) throw new Error('a session with this token hash already exists');
      sessions.set(session.tokenHash, structuredClone(session));
    },
    async findSession(tokenHash) {
      const session = sessions.get(tokenHash);
      return session === undefined ? null : structuredClone(session);
    },
    async extendSession(tokenHash, expiresAt) {
      const session = sessions.get(tokenHash);
      if (session === undefined) return false;
      sessions.set(tokenHash, { ...session, expiresAt });
      return true;
    },
    async deleteSession(tokenHash) {
      sessions.delete(tokenHash);
    },
    async deleteSessionsOf(userId, keepTokenHash) {
      let deleted = 0;
      for (const [tokenHash, session] of sessions) {
        if (session.userId === userId && tokenHash !== keepTokenHash) {
          sessions.delete(tokenHash);
          deleted += 1;
        }
      }
      return deleted;
    },
    async deleteExpiredSessions(now) {
      const cutoff = Date.parse(now);
      let deleted = 0;
      for (const [tokenHash, session] of sessions) {
        if (Date.parse(session.expiresAt) < cutoff) {
          sessions.delete(tokenHash);
          deleted += 1;
        }
      }
      return deleted;
    },
  };
}
