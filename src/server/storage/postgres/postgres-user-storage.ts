import type pg from 'pg';
import { applyAccountChange } from '../../../services/apply-account-change';
import { storedUserSchema } from '../../../services/stored-user';
import type { AccountChangeResult, UserStorage } from '../../../services/user-storage';
import { sessionColumns, userColumns } from '../user-row-columns';
import { postgresRows } from './postgres-rows';
import { withTransaction } from './with-transaction';

type Row = Record<string, unknown>;

/**
 * `UserStorage` over PostgreSQL. `email_lower` holds the address lower-cased by JavaScript (as the memory reference
 * and sign-in fold it) and carries the unique index: the database's lower() would follow its locale, and with the
 * C locale fold ASCII only. `email` keeps the address as given.
 */
export function createPostgresUserStorage(pool: pg.Pool): UserStorage {
  return {
    async insert(input) {
      const user = storedUserSchema.parse(input);
      const result = await pool.query(
        `INSERT INTO users (id, email, email_lower, name, role, password_hash, created_at, active, deactivated_at,
           last_signed_in_at, password_changed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT DO NOTHING`,
        [
          user.id,
          user.email,
          user.email.toLowerCase(),
          user.name,
          user.role,
          user.passwordHash,
          user.createdAt,
          user.active,
          user.deactivatedAt,
          user.lastSignedInAt,
          user.passwordChangedAt,
        ],
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
    async update(id, change) {
      return withTransaction<AccountChangeResult>(pool, async (client) => {
        // The account and every active admin, locked in one order: two admins demoting each other at once wait for
        // one another here, and the second then sees the first's change, rather than both passing the check.
        const locked = await client.query<Row>(
          `SELECT ${userColumns} FROM users WHERE id = $1 OR (role = 'admin' AND active) ORDER BY id FOR UPDATE`,
          [id],
        );
        const users = locked.rows.map(postgresRows.toStoredUser);
        const user = users.find((each) => each.id === id);
        if (user === undefined) return { outcome: 'not_found' };
        const changed = applyAccountChange(user, change, users);
        if (changed === null) return { outcome: 'last_admin' };
        await client.query('UPDATE users SET name = $2, role = $3, active = $4, deactivated_at = $5 WHERE id = $1', [
          id,
          changed.name,
          changed.role,
          changed.active,
          changed.deactivatedAt,
        ]);
        if (!changed.active) await client.query('DELETE FROM sessions WHERE user_id = $1', [id]);
        return { outcome: 'updated', user: changed };
      });
    },
    async setPassword(id, passwordHash, changedAt) {
      const result = await pool.query('UPDATE users SET password_hash = $2, password_changed_at = $3 WHERE id = $1', [
        id,
        passwordHash,
        changedAt,
      ]);
      return result.rowCount === 1;
    },
    async recordSignIn(id, at) {
      await pool.query('UPDATE users SET last_signed_in_at = $2 WHERE id = $1', [id, at]);
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
    async deleteSessionsOf(userId, keepTokenHash) {
      const result = await pool.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash IS DISTINCT FROM $2', [
        userId,
        keepTokenHash ?? null,
      ]);
      return result.rowCount ?? 0;
    },
    async deleteExpiredSessions(now) {
      return (await pool.query('DELETE FROM sessions WHERE expires_at < $1', [now])).rowCount ?? 0;
    },
  };
}
