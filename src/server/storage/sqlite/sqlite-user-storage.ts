import type Database from 'better-sqlite3';
import { z } from 'zod';
import { storedSessionSchema, storedUserSchema, type StoredSession, type StoredUser } from '../../../services/stored-user';
import type { UserStorage } from '../../../services/user-storage';

const userRowSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.string(),
  password_hash: z.string(),
  created_at: z.string(),
});

const sessionRowSchema = z.object({
  token_hash: z.string(),
  user_id: z.string(),
  created_at: z.string(),
  expires_at: z.string(),
});

function parseUserRow(row: unknown): StoredUser {
  const columns = userRowSchema.parse(row);
  return storedUserSchema.parse({
    id: columns.id,
    email: columns.email,
    name: columns.name,
    role: columns.role,
    passwordHash: columns.password_hash,
    createdAt: columns.created_at,
  });
}

function parseSessionRow(row: unknown): StoredSession {
  const columns = sessionRowSchema.parse(row);
  return storedSessionSchema.parse({
    tokenHash: columns.token_hash,
    userId: columns.user_id,
    createdAt: columns.created_at,
    expiresAt: columns.expires_at,
  });
}

const userColumns = 'id, email, name, role, password_hash, created_at';
const sessionColumns = 'token_hash, user_id, created_at, expires_at';

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
      return row === undefined ? null : parseUserRow(row);
    },
    async findByEmail(email) {
      const row = findUserByEmail.get(email.toLowerCase());
      return row === undefined ? null : parseUserRow(row);
    },
    async list() {
      return listUsers.all().map(parseUserRow);
    },

    async insertSession(session) {
      insertSession.run(session);
    },
    async findSession(tokenHash) {
      const row = findSession.get(tokenHash);
      return row === undefined ? null : parseSessionRow(row);
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
