import { createHash } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import type { Migration } from '../migration-files';
import { pendingMigrations } from '../pending-migrations';

const appliedMigrationRowSchema = z.object({ version: z.number().int(), name: z.string() });

/** The advisory lock every process migrating `schema` takes: one 64-bit key per schema, so test schemas do not queue. */
function migrationLockKey(schema: string): string {
  return createHash('sha256').update(`bureau:migrations:${schema}`).digest().readBigInt64BE(0).toString();
}

export interface PostgresMigrationOptions {
  /** Created if missing. Must be a plain lower-case identifier (the caller checks). */
  schema: string;
  migrations: readonly Migration[];
}

/**
 * Applies the pending migrations of `schema` in version order, each in its own transaction with its record in
 * `schema_migrations`. A session advisory lock makes processes that start at once take turns: the first migrates,
 * the others wait and then find nothing left to do. Returns the migrations applied by this call.
 */
export async function runPostgresMigrations(pool: pg.Pool, options: PostgresMigrationOptions): Promise<Migration[]> {
  const { schema, migrations } = options;
  const lockKey = migrationLockKey(schema);
  const client = await pool.connect();
  let failed = false;
  try {
    await client.query('SELECT pg_advisory_lock($1::bigint)', [lockKey]);
    try {
      // Looked up first: CREATE SCHEMA IF NOT EXISTS still needs the CREATE privilege on the database, which an
      // application role on a managed database often lacks even though its schema exists.
      const existing = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
      if (existing.rowCount === 0) await client.query(`CREATE SCHEMA "${schema}"`);
      await client.query(`SET search_path TO "${schema}"`);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const appliedRows = await client.query<Record<string, unknown>>('SELECT version, name FROM schema_migrations ORDER BY version');
      const pending = pendingMigrations(
        migrations,
        appliedRows.rows.map((row) => appliedMigrationRowSchema.parse(row)),
      );
      for (const migration of pending) {
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
          await client.query('COMMIT');
        } catch (error) {
          // If even the rollback fails, the connection is destroyed below; the migration's own error is the news.
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      }
      return pending;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1::bigint)', [lockKey]).catch(() => {
        failed = true;
      });
    }
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // A connection left in doubt is closed, which also frees the advisory lock if unlocking failed.
    client.release(failed);
  }
}
