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
    active: true,
    deactivatedAt: null,
    lastSignedInAt: null,
    passwordChangedAt: null,
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

    it('stores a new account as active, never signed in, with its first password, when insert leaves these out', async () => {
      const { active, deactivatedAt, lastSignedInAt, passwordChangedAt, ...bare } = user('u-desk');
      expect({ active, deactivatedAt, lastSignedInAt, passwordChangedAt }).toEqual({
        active: true,
        deactivatedAt: null,
        lastSignedInAt: null,
        passwordChangedAt: null,
      });
      expect(await storage.users.insert(bare)).toBe(true);
      expect(await storage.users.get('u-desk')).toEqual(user('u-desk'));
      await storage.users.insert(user('u-gone', { active: false, deactivatedAt: '2026-03-03T09:00:00.000Z' }));
      expect(await storage.users.get('u-gone')).toMatchObject({ active: false, deactivatedAt: '2026-03-03T09:00:00.000Z' });
    });

    it('changes name and role, and leaves the rest as it was', async () => {
      await storage.users.insert(user('u-desk', { lastSignedInAt: '2026-03-02T10:00:00.000Z' }));
      const result = await storage.users.update('u-desk', { name: '이데스크', role: 'designer', at: '2026-03-04T09:00:00.000Z' });
      const expected = user('u-desk', { name: '이데스크', role: 'designer', lastSignedInAt: '2026-03-02T10:00:00.000Z' });
      expect(result).toEqual({ outcome: 'updated', user: expected });
      expect(await storage.users.get('u-desk')).toEqual(expected);
      expect(await storage.users.update('u-nobody', { role: 'admin', at: '2026-03-04T09:00:00.000Z' })).toEqual({ outcome: 'not_found' });
    });

    it('deactivates an account with all its sessions, other accounts keep theirs, and reactivates it', async () => {
      await storage.users.insert(user('u-desk'));
      await storage.users.insert(user('u-reporter', { role: 'reporter' }));
      await storage.users.insertSession(session('desk-laptop', 'u-desk', '2026-03-16T09:00:00.000Z'));
      await storage.users.insertSession(session('desk-phone', 'u-desk', '2026-03-16T09:00:00.000Z'));
      await storage.users.insertSession(session('reporter-laptop', 'u-reporter', '2026-03-16T09:00:00.000Z'));
      const deactivated = await storage.users.update('u-desk', { active: false, at: '2026-03-04T09:00:00.000Z' });
      expect(deactivated).toEqual({ outcome: 'updated', user: user('u-desk', { active: false, deactivatedAt: '2026-03-04T09:00:00.000Z' }) });
      expect(await storage.users.get('u-desk')).toMatchObject({ active: false, deactivatedAt: '2026-03-04T09:00:00.000Z' });
      expect(await storage.users.findSession('desk-laptop')).toBeNull();
      expect(await storage.users.findSession('desk-phone')).toBeNull();
      expect(await storage.users.findSession('reporter-laptop')).not.toBeNull();

      const again = await storage.users.update('u-desk', { active: false, at: '2026-03-05T09:00:00.000Z' });
      expect(again).toMatchObject({ user: { deactivatedAt: '2026-03-04T09:00:00.000Z' } });
      expect(await storage.users.update('u-desk', { active: true, at: '2026-03-06T09:00:00.000Z' })).toEqual({
        outcome: 'updated',
        user: user('u-desk'),
      });
      expect(await storage.users.get('u-desk')).toEqual(user('u-desk'));
    });

    it('refuses to demote or deactivate the last active admin, and writes nothing of it', async () => {
      await storage.users.insert(user('u-admin', { role: 'admin' }));
      await storage.users.insert(user('u-old-admin', { role: 'admin', active: false, deactivatedAt: '2026-03-03T09:00:00.000Z' }));
      await storage.users.insertSession(session('admin-laptop', 'u-admin', '2026-03-16T09:00:00.000Z'));
      const at = '2026-03-04T09:00:00.000Z';
      expect(await storage.users.update('u-admin', { role: 'desk', at })).toEqual({ outcome: 'last_admin' });
      expect(await storage.users.update('u-admin', { active: false, at })).toEqual({ outcome: 'last_admin' });
      expect(await storage.users.update('u-admin', { name: '새 이름', role: 'desk', at })).toEqual({ outcome: 'last_admin' });
      expect(await storage.users.get('u-admin')).toEqual(user('u-admin', { role: 'admin' }));
      expect(await storage.users.findSession('admin-laptop')).not.toBeNull();
      // Renaming is fine, and so is stepping down once another admin is active.
      expect(await storage.users.update('u-admin', { name: '새 이름', at })).toMatchObject({ outcome: 'updated' });
      await storage.users.update('u-old-admin', { active: true, at });
      expect(await storage.users.update('u-admin', { role: 'desk', at })).toMatchObject({ outcome: 'updated', user: { role: 'desk' } });
      expect(await storage.users.update('u-old-admin', { active: false, at })).toEqual({ outcome: 'last_admin' });
    });

    it('lets only one of two admins demoting each other at the same time through', async () => {
      await storage.users.insert(user('u-admin-a', { role: 'admin' }));
      await storage.users.insert(user('u-admin-b', { role: 'admin' }));
      const at = '2026-03-04T09:00:00.000Z';
      const outcomes = await Promise.all([
        storage.users.update('u-admin-a', { role: 'desk', at }),
        storage.users.update('u-admin-b', { active: false, at }),
      ]);
      expect(outcomes.map((result) => result.outcome).sort()).toEqual(['last_admin', 'updated']);
      const admins = (await storage.users.list()).filter((each) => each.role === 'admin' && each.active);
      expect(admins).toHaveLength(1);
    });

    it('sets a new password hash with the time it changed, and records sign-ins', async () => {
      await storage.users.insert(user('u-desk'));
      expect(await storage.users.setPassword('u-desk', 'scrypt$new', '2026-03-04T09:00:00.000Z')).toBe(true);
      await storage.users.recordSignIn('u-desk', '2026-03-04T10:00:00.000Z');
      expect(await storage.users.get('u-desk')).toEqual(
        user('u-desk', { passwordHash: 'scrypt$new', passwordChangedAt: '2026-03-04T09:00:00.000Z', lastSignedInAt: '2026-03-04T10:00:00.000Z' }),
      );
      expect(await storage.users.findByEmail('u-desk@bureau.test')).toMatchObject({ passwordHash: 'scrypt$new' });
      expect(await storage.users.setPassword('u-nobody', 'scrypt$new', '2026-03-04T09:00:00.000Z')).toBe(false);
      await expect(storage.users.recordSignIn('u-nobody', '2026-03-04T10:00:00.000Z')).resolves.toBeUndefined();
      expect(await storage.users.get('u-nobody')).toBeNull();
    });

    it('deletes every session of one user but the one to keep, and counts them', async () => {
      await storage.users.insert(user('u-desk'));
      await storage.users.insert(user('u-reporter', { role: 'reporter' }));
      for (const hash of ['desk-1', 'desk-2', 'desk-3']) await storage.users.insertSession(session(hash, 'u-desk', '2026-03-16T09:00:00.000Z'));
      await storage.users.insertSession(session('reporter-1', 'u-reporter', '2026-03-16T09:00:00.000Z'));
      expect(await storage.users.deleteSessionsOf('u-desk', 'desk-2')).toBe(2);
      expect(await storage.users.findSession('desk-1')).toBeNull();
      expect(await storage.users.findSession('desk-2')).not.toBeNull();
      expect(await storage.users.findSession('desk-3')).toBeNull();
      expect(await storage.users.findSession('reporter-1')).not.toBeNull();
      expect(await storage.users.deleteSessionsOf('u-desk')).toBe(1);
      expect(await storage.users.findSession('desk-2')).toBeNull();
      expect(await storage.users.deleteSessionsOf('u-nobody')).toBe(0);
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
