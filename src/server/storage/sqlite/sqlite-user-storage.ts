import type Database from 'better-sqlite3';
import type { StoredSession, StoredUser } from '../../../services/stored-user';
import type { UserStorage } from '../../../services/user-storage';
import { sessionColumns, userColumns } from '../user-row-columns';
import { sqliteRows } from './sqlite-rows';

/**
 * `UserStorage` over SQLite. `email_lower` holds the address lower-cased by JavaScript (as the memory reference and
 * sign-in fold it) and carries the unique index, so uniqueness and look-up are case-insensitive for every script,
 * not only ASCII as SQLite's NOCASE would be; `email` keeps the address as given.
 */
export function createSqliteUserStorage(database: Database.Database): UserStorage {
  const insertUser = database.prepare<StoredUser & { emailLower: string }>(`
    INSERT INTO users (id, email, email_lower, name, role, password_hash, created_at)
    VALUES (@id, @email, @emailLower, @name, @role, @passwordHash, @createdAt)
    ON CONFLICT DO NOTHING`);
  const getUser = database.prepare<[string]>(`SELECT ${userColumns} FROM users WHERE id = ?`);
  const findUserByEmail = database.prepare<[string]>(`SELECT ${userColumns} FROM users WHERE email_lower = ?`);
  const listUsers = database.prepare(`SELECT ${userColumns} FROM users ORDER BY unixepoch(created_at, 'subsec'), id`);
  const insertSession = database.prepare<StoredSession>(`
    INSERT INTO sessions (token_hash, user_id, created_at, expires_at)
    VALUES (@tokenHash, @userId, @createdAt, @expiresAt)`);
  const findSession = database.prepare<[string]>(`SELECT ${sessionColumns} FROM sessions WHERE token_hash = ?`);
  const extendSession = database.prepare<[string, string]>('UPDATE sessions SET expires_at = ? WHERE token_hash = ?');
  const deleteSession = database.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?');
  const deleteExpiredSessions = database.prepare<[string]>(
    "DELETE FROM sessions WHERE unixepoch(expires_at, 'subsec') < unixepoch(?, 'subsec')",
  );

  return {
    async insert(user) {
      return insertUser.run({ ...user, emailLower: user.email.toLowerCase() }).changes === 1;
    },
    async get(id) {
      const row = getUser.get(id);
      return row === undefined ? null : sqliteRows.toStoredUser(row);
    },
    async findByEmail(email) {
      const row = findUserByEmail.get(email.toLowerCase());
      return row === undefined ? null : sqliteRows.toStoredUser(row);
    },
    async list() {
      return listUsers.all().map(sqliteRows.toStoredUser);
    },

    async insertSession(session) {
      insertSession.run(session);
    },
    async findSession(tokenHash) {
      const row = findSession.get(tokenHash);
      return row === undefined ? null : sqliteRows.toStoredSession(row);
    },
    async extendSession(tokenHash, expiresAt) {
      return extendSession.run(expiresAt, tokenHash).changes === 1;
    },
    async deleteSession(tokenHash) {
      deleteSession.run(tokenHash);
    },
    async deleteExpiredSessions(now) {
      return deleteExpiredSessions.run(now).changes;
    },
  };
}
