import type pg from 'pg';
import type { UserStorage } from '../../../services/user-storage';
import { sessionColumns, userColumns } from '../user-row-columns';
import { postgresRows } from './postgres-rows';

type Row = Record<string, unknown>;

/**
 * `UserStorage` over PostgreSQL. `email_lower` holds the address lower-cased by JavaScript (as the memory reference
 * and sign-in fold it) and carries the unique index: the database's lower() would follow its locale, and with the
 * C locale fold ASCII only. `email` keeps the address as given.
 */
export function createPostgresUserStorage(pool: pg.Pool): UserStorage {
  return {
    async insert(user) {
      const result = await pool.query(
        `INSERT INTO users (id, email, email_lower, name, role, password_hash, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT DO NOTHING`,
        [user.id, user.email, user.email.toLowerCase(), user.name, user.role, user.passwordHash, user.createdAt],
      );
      return result.rowCount === 1;
    },
    async get(id) {
      const row = (await pool.query<Row>(`SELECT ${userColumns} FROM users WHERE id = $1`, [id])).rows[0];
      return row === undefined ? null : postgresRows.toStoredUser(row);
    },
    async findByEmail(email) {
      const result = await pool.query<Row>(`SELECT ${userColumns} FROM users WHERE email_lower = $1`, [email.toLowerCase()]);
      const row = result.rows[0];
      return row === undefined ? null : postgresRows.toStoredUser(row);
    },
    async list() {
      const result = await pool.query<Row>(`SELECT ${userColumns} FROM users ORDER BY created_at, id`);
      return result.rows.map(postgresRows.toStoredUser);
    },

    async insertSession(session) {
      await pool.query('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
        session.tokenHash,
        session.userId,
        session.createdAt,
        session.expiresAt,
      ]);
    },
    async findSession(tokenHash) {
      const row = (await pool.query<Row>(`SELECT ${sessionColumns} FROM sessions WHERE token_hash = $1`, [tokenHash])).rows[0];
      return row === undefined ? null : postgresRows.toStoredSession(row);
    },
    async extendSession(tokenHash, expiresAt) {
      const result = await pool.query('UPDATE sessions SET expires_at = $2 WHERE token_hash = $1', [tokenHash, expiresAt]);
      return result.rowCount === 1;
    },
    async deleteSession(tokenHash) {
      await pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    },
    async deleteExpiredSessions(now) {
      return (await pool.query('DELETE FROM sessions WHERE expires_at < $1', [now])).rowCount ?? 0;
    },
  };
}
