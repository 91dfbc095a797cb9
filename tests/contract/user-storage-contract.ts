import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredSession, StoredUser } from '../../src/services/stored-user';
import type { UserStorage } from '../../src/services/user-storage';

export interface OpenedUserStorage {
  users: UserStorage;
  close(): Promise<void>;
}

function user(id: string, overrides: Partial<StoredUser> = {}): StoredUser {
  return {
    id,
    email: `${id}@bureau.test`,
    name: '김데스크',
    role: 'desk',
    passwordHash: `scrypt$hash-of-${id}`,
    createdAt: '2026-03-02T09:00:00.000Z',
    ...overrides,
  };
}

function session(tokenHash: string, userId: string, expiresAt: string): StoredSession {
  return { tokenHash, userId, createdAt: '2026-03-02T09:00:00.000Z', expiresAt };
}

/**
 * What every `UserStorage` adapter must do: the memory reference, IndexedDB, SQLite and PostgreSQL. Timestamps are
 * written as `Date#toISOString` does, the form every adapter hands back unchanged.
 */
export function defineUserStorageContract(adapterName: string, open: () => Promise<OpenedUserStorage>): void {
  describe(`user storage contract: ${adapterName}`, () => {
    let storage: OpenedUserStorage;

    beforeEach(async () => {
      storage = await open();
    });

    afterEach(async () => {
      await storage.close();
    });

    it('inserts and gets a user, and refuses a second user under the same id', async () => {
      const desk = user('u-desk');
      expect(await storage.users.insert(desk)).toBe(true);
      expect(await storage.users.get('u-desk')).toEqual(desk);
      expect(await storage.users.insert(user('u-desk', { email: 'other@bureau.test' }))).toBe(false);
      expect(await storage.users.findByEmail('other@bureau.test')).toBeNull();
      expect(await storage.users.get('u-desk')).toEqual(desk);
      expect(await storage.users.get('u-nobody')).toBeNull();
    });

    it('refuses a second user with the same email in another case, and writes nothing of it', async () => {
      expect(await storage.users.insert(user('u-desk', { email: 'desk@bureau.test' }))).toBe(true);
      expect(await storage.users.insert(user('u-impostor', { email: 'DESK@Bureau.Test' }))).toBe(false);
      expect(await storage.users.get('u-impostor')).toBeNull();
      expect((await storage.users.list()).map((listed) => listed.id)).toEqual(['u-desk']);
    });

    it('finds a user by email whatever its case', async () => {
      const reporter = user('u-reporter', { email: 'reporter@bureau.test', name: '신대희', role: 'reporter' });
      await storage.users.insert(reporter);
      expect(await storage.users.findByEmail('reporter@bureau.test')).toEqual(reporter);
      expect(await storage.users.findByEmail('Reporter@BUREAU.test')).toEqual(reporter);
      expect(await storage.users.findByEmail('nobody@bureau.test')).toBeNull();
    });

    it('lists every user, oldest first', async () => {
      const admin = user('u-admin', { role: 'admin', createdAt: '2026-03-02T11:00:00.000Z' });
      const desk = user('u-desk', { createdAt: '2026-03-02T09:00:00.000Z' });
      const designer = user('u-designer', { role: 'designer', createdAt: '2026-03-02T10:00:00.000Z' });
      for (const each of [admin, desk, designer]) await storage.users.insert(each);
      expect(await storage.users.list()).toEqual([desk, designer, admin]);
    });

    it('hands out copies of users, never the stored value itself', async () => {
      await storage.users.insert(user('u-desk'));
      const read = await storage.users.get('u-desk');
      read!.role = 'admin';
      expect((await storage.users.get('u-desk'))?.role).toBe('desk');
    });

    it('inserts, finds and deletes sessions by token hash', async () => {
      await storage.users.insert(user('u-desk'));
      const signedIn = session('hash-1', 'u-desk', '2026-03-16T09:00:00.000Z');
      await storage.users.insertSession(signedIn);
      expect(await storage.users.findSession('hash-1')).toEqual(signedIn);
      expect(await storage.users.findSession('hash-unknown')).toBeNull();
      await storage.users.deleteSession('hash-1');
      expect(await storage.users.findSession('hash-1')).toBeNull();
      await expect(storage.users.deleteSession('hash-1')).resolves.toBeUndefined();
    });

    it('refuses a second session under the same token hash', async () => {
      await storage.users.insert(user('u-desk'));
      await storage.users.insert(user('u-admin', { role: 'admin' }));
      const first = session('hash-1', 'u-desk', '2026-03-16T09:00:00.000Z');
      await storage.users.insertSession(first);
      await expect(storage.users.insertSession(session('hash-1', 'u-admin', '2026-03-17T09:00:00.000Z'))).rejects.toThrow();
      expect(await storage.users.findSession('hash-1')).toEqual(first);
    });

    it('extends a session, reporting whether it still existed', async () => {
      await storage.users.insert(user('u-desk'));
      await storage.users.insertSession(session('hash-1', 'u-desk', '2026-03-16T09:00:00.000Z'));
      expect(await storage.users.extendSession('hash-1', '2026-03-20T09:00:00.000Z')).toBe(true);
      expect(await storage.users.findSession('hash-1')).toEqual(session('hash-1', 'u-desk', '2026-03-20T09:00:00.000Z'));
      expect(await storage.users.extendSession('hash-unknown', '2026-03-20T09:00:00.000Z')).toBe(false);
      expect(await storage.users.findSession('hash-unknown')).toBeNull();
    });

    it('deletes the sessions that expired before now, comparing instants, and counts them', async () => {
      await storage.users.insert(user('u-desk'));
      const now = '2026-03-10T09:00:00.000Z';
      await storage.users.insertSession(session('expired-long-ago', 'u-desk', '2026-03-01T09:00:00.000Z'));
      await storage.users.insertSession(session('expired-just-now', 'u-desk', '2026-03-10T08:59:59.999Z'));
      await storage.users.insertSession(session('still-valid', 'u-desk', '2026-03-10T09:00:00.001Z'));
      await storage.users.insertSession(session('next-week', 'u-desk', '2026-03-17T09:00:00.000Z'));
      // The same instant as `now` written with an offset: 2026-03-10T17:59:00+09:00 is 08:59 UTC, so expired,
      // although as text it sorts after `now`.
      await storage.users.insertSession(session('expired-in-seoul-time', 'u-desk', '2026-03-10T17:59:00+09:00'));
      expect(await storage.users.deleteExpiredSessions(now)).toBe(3);
      expect(await storage.users.findSession('expired-long-ago')).toBeNull();
      expect(await storage.users.findSession('expired-just-now')).toBeNull();
      expect(await storage.users.findSession('expired-in-seoul-time')).toBeNull();
      expect(await storage.users.findSession('still-valid')).not.toBeNull();
      expect(await storage.users.findSession('next-week')).not.toBeNull();
      expect(await storage.users.deleteExpiredSessions(now)).toBe(0);
    });
  });
}
