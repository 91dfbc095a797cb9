import type Database from 'better-sqlite3';
import { applyAccountChange } from '../../../services/apply-account-change';
import { storedUserSchema, type StoredSession, type StoredUser } from '../../../services/stored-user';
import type { AccountChange, AccountChangeResult, UserStorage } from '../../../services/user-storage';
import { sessionColumns, userColumns } from '../user-row-columns';
import { sqliteRows } from './sqlite-rows';

/**
 * `UserStorage` over SQLite. `email_lower` holds the address lower-cased by JavaScript (as the memory reference and
 * sign-in fold it) and carries the unique index, so uniqueness and look-up are case-insensitive for every script,
 * not only ASCII as SQLite's NOCASE would be; `email` keeps the address as given.
 */
export function createSqliteUserStorage(database: Database.Database): UserStorage {
  const insertUser = database.prepare<Omit<StoredUser, 'active'> & { emailLower: string; active: number }>(`
    INSERT INTO users (id, email, email_lower, name, role, password_hash, created_at, active, deactivated_at, last_signed_in_at,
      password_changed_at)
    VALUES (@id, @email, @emailLower, @name, @role, @passwordHash, @createdAt, @active, @deactivatedAt, @lastSignedInAt,
      @passwordChangedAt)
    ON CONFLICT DO NOTHING`);
  const otherActiveAdmin = database.prepare<[string]>(
    `SELECT ${userColumns} FROM users WHERE role = 'admin' AND active = 1 AND id <> ? LIMIT 1`,
  );
  const writeAccount = database.prepare<{ id: string; name: string; role: string; active: number; deactivatedAt: string | null }>(
    'UPDATE users SET name = @name, role = @role, active = @active, deactivated_at = @deactivatedAt WHERE id = @id',
  );
  const writePassword = database.prepare<[string, string, string]>(
    'UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?',
  );
  const writeSignIn = database.prepare<[string, string]>('UPDATE users SET last_signed_in_at = ? WHERE id = ?');
  const deleteSessionsOfUser = database.prepare<{ userId: string; keep: string | null }>(
    'DELETE FROM sessions WHERE user_id = @userId AND (@keep IS NULL OR token_hash <> @keep)',
  );
  // One transaction: the last-admin check and the write cannot be split by another writer.
  const update = database.transaction((id: string, change: AccountChange): AccountChangeResult => {
    const row = getUser.get(id);
    if (row === undefined) return { outcome: 'not_found' };
    const other = otherActiveAdmin.get(id);
    const changed = applyAccountChange(sqliteRows.toStoredUser(row), change, other === undefined ? [] : [sqliteRows.toStoredUser(other)]);
    if (changed === null) return { outcome: 'last_admin' };
    writeAccount.run({ id, name: changed.name, role: changed.role, active: changed.active ? 1 : 0, deactivatedAt: changed.deactivatedAt });
    if (!changed.active) deleteSessionsOfUser.run({ userId: id, keep: null });
    return { outcome: 'updated', user: changed };
  });
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
      const complete = storedUserSchema.parse(user);
      return insertUser.run({ ...complete, active: complete.active ? 1 : 0, emailLower: complete.email.toLowerCase() }).changes === 1;
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
    async update(id, change) {
      return update(id, change);
    },
    async setPassword(id, passwordHash, changedAt) {
      return writePassword.run(passwordHash, changedAt, id).changes === 1;
    },
    async recordSignIn(id, at) {
      writeSignIn.run(at, id);
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
    async deleteSessionsOf(userId, keepTokenHash) {
      return deleteSessionsOfUser.run({ userId, keep: keepTokenHash ?? null }).changes;
    },
    async deleteExpiredSessions(now) {
      return deleteExpiredSessions.run(now).changes;
    },
  };
}
