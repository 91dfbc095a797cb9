import type { IDBPDatabase } from 'idb';
import { applyAccountChange } from '../services/apply-account-change';
import { storedSessionSchema, storedUserSchema, type NewStoredUser, type StoredSession, type StoredUser } from '../services/stored-user';
import type { UserStorage } from '../services/user-storage';
import type { MockDatabase } from './mock-database';

function userRecord(user: NewStoredUser) {
  const complete: StoredUser = storedUserSchema.parse(user);
  return { ...complete, emailKey: complete.email.toLowerCase() };
}

function sessionRecord(session: StoredSession) {
  const expiresAtMs = Date.parse(session.expiresAt);
  if (Number.isNaN(expiresAtMs)) throw new Error(`session expiry "${session.expiresAt}" is not a date`);
  return { ...session, expiresAtMs };
}

/**
 * Accounts and sessions over IndexedDB. The unique `emailKey` index (the lower-cased email) and the `expiresAtMs`
 * index are derived fields of the records; parsing with the stored schemas drops them on the way out.
 */
export function createIndexedDbUserStorage(database: IDBPDatabase<MockDatabase>): UserStorage {
  return {
    async insert(user) {
      const record = userRecord(user);
      const transaction = database.transaction('users', 'readwrite');
      const taken =
        (await transaction.store.getKey(user.id)) !== undefined ||
        (await transaction.store.index('emailKey').getKey(record.emailKey)) !== undefined;
      if (taken) {
        await transaction.done;
        return false;
      }
      await Promise.all([transaction.store.add(record), transaction.done]);
      return true;
    },

    async get(id) {
      const row = await database.get('users', id);
      return row === undefined ? null : storedUserSchema.parse(row);
    },

    async findByEmail(email) {
      const row = await database.getFromIndex('users', 'emailKey', email.toLowerCase());
      return row === undefined ? null : storedUserSchema.parse(row);
    },

    async list() {
      const rows = await database.getAll('users');
      return rows
        .map((row) => storedUserSchema.parse(row))
        .sort((left, right) => left.createdAt.localeCompare(right.createdAt) || left.id.localeCompare(right.id));
    },

    async update(id, change) {
      const transaction = database.transaction(['users', 'sessions'], 'readwrite');
      const users = transaction.objectStore('users');
      const everyone = (await users.getAll()).map((row) => storedUserSchema.parse(row));
      const user = everyone.find((each) => each.id === id);
      if (user === undefined) {
        await transaction.done;
        return { outcome: 'not_found' };
      }
      const changed = applyAccountChange(user, change, everyone);
      if (changed === null) {
        await transaction.done;
        return { outcome: 'last_admin' };
      }
      await users.put(userRecord(changed));
      if (!changed.active) {
        let cursor = await transaction.objectStore('sessions').index('userId').openCursor(id);
        while (cursor !== null) {
          await cursor.delete();
          cursor = await cursor.continue();
        }
      }
      await transaction.done;
      return { outcome: 'updated', user: changed };
    },

    async setPassword(id, passwordHash, changedAt) {
      const transaction = database.transaction('users', 'readwrite');
      const row = await transaction.store.get(id);
      if (row === undefined) {
        await transaction.done;
        return false;
      }
      await Promise.all([transaction.store.put(userRecord({ ...storedUserSchema.parse(row), passwordHash, passwordChangedAt: changedAt })), transaction.done]);
      return true;
    },

    async recordSignIn(id, at) {
      const transaction = database.transaction('users', 'readwrite');
      const row = await transaction.store.get(id);
      if (row !== undefined) await transaction.store.put(userRecord({ ...storedUserSchema.parse(row), lastSignedInAt: at }));
      await transaction.done;
    },

    async insertSession(session) {
      // `add`, not `put`: a repeated token hash is a bug, and overwriting would hand a session to another user.
      await database.add('sessions', sessionRecord(session));
    },

    async findSession(tokenHash) {
      const row = await database.get('sessions', tokenHash);
      return row === undefined ? null : storedSessionSchema.parse(row);
    },

    async extendSession(tokenHash, expiresAt) {
      const transaction = database.transaction('sessions', 'readwrite');
      const row = await transaction.store.get(tokenHash);
      if (row === undefined) {
        await transaction.done;
        return false;
      }
      await Promise.all([transaction.store.put(sessionRecord({ ...storedSessionSchema.parse(row), expiresAt })), transaction.done]);
      return true;
    },

    async deleteSession(tokenHash) {
      await database.delete('sessions', tokenHash);
    },

    async deleteSessionsOf(userId, keepTokenHash) {
      const transaction = database.transaction('sessions', 'readwrite');
      let deleted = 0;
      let cursor = await transaction.store.index('userId').openCursor(userId);
      while (cursor !== null) {
        if (cursor.primaryKey !== keepTokenHash) {
          await cursor.delete();
          deleted += 1;
        }
        cursor = await cursor.continue();
      }
      await transaction.done;
      return deleted;
    },

    async deleteExpiredSessions(now) {
      const cutoff = Date.parse(now);
      if (Number.isNaN(cutoff)) throw new Error(`"${now}" is not a date`);
      const transaction = database.transaction('sessions', 'readwrite');
      let deleted = 0;
      let cursor = await transaction.store.index('expiresAtMs').openCursor(IDBKeyRange.upperBound(cutoff, true));
      while (cursor !== null) {
        await cursor.delete();
        deleted += 1;
        cursor = await cursor.continue();
      }
      await transaction.done;
      return deleted;
    },
  };
}
