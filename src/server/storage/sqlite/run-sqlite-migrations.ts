import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { Migration } from '../migration-files';
import { pendingMigrations } from '../pending-migrations';

const appliedMigrationRowSchema = z.object({ version: z.number().int(), name: z.string() });

/**
 * Applies the pending migrations in version order, each with its record in `schema_migrations` in one IMMEDIATE
 * transaction. IMMEDIATE takes the write lock before reading what is applied, so a second process starting on the
 * same file waits (busy_timeout) and then finds the work done, instead of applying a migration twice.
 * Returns the migrations applied by this call.
 */
export function runSqliteMigrations(database: Database.Database, migrations: readonly Migration[]): Migration[] {
  const applyNext = database.transaction((): Migration | null => {
    database.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    ) STRICT`);
    const applied = database
      .prepare('SELECT version, name FROM schema_migrations ORDER BY version')
      .all()
      .map((row) => appliedMigrationRowSchema.parse(row));
    const next = pendingMigrations(migrations, applied)[0];
    if (next === undefined) return null;
    database.exec(next.sql);
    database
      .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
      .run(next.version, next.name, new Date().toISOString());
    return next;
  });

  const appliedNow: Migration[] = [];
  for (let next = applyNext.immediate(); next !== null; next = applyNext.immediate()) appliedNow.push(next);
  return appliedNow;
}
