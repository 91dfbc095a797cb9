import pg from 'pg';
import type { DatabaseStorage } from '../database-storage';
import { readMigrationFiles } from '../migration-files';
import { migrationsDirectory } from '../migrations-directory';
import { createPostgresCommentStorage } from './postgres-comment-storage';
import { createPostgresLockStorage } from './postgres-lock-storage';
import { createPostgresMarkerStore } from './postgres-marker-store';
import { createPostgresPhotoStorage } from './postgres-photo-storage';
import { createPostgresRoundupStorage } from './postgres-roundup-storage';
import { createPostgresUserStorage } from './postgres-user-storage';
import { runPostgresMigrations } from './run-postgres-migrations';

export interface PostgresStorageOptions {
  /** `postgres://user:password@host:port/database`, as in DATABASE_URL. */
  connectionString: string;
  /**
   * The schema holding Bureau's tables (created if missing); `public` by default. Tests give each run a schema of its
   * own. A plain lower-case identifier.
   */
  schema?: string;
  /** Where the PostgreSQL migrations are; defaults to `migrations/postgres/` beside the storage code. */
  migrationsDirectory?: string;
  /** The most connections the pool opens (pg's default is 10). */
  maxConnections?: number;
}

const schemaNamePattern = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens a connection pool and migrates the schema: the storage of a server that shares its database, with other
 * instances too. Every pooled connection starts with `search_path` set to the schema, as a startup option, so no
 * query can run before it is in place.
 */
export async function openPostgresStorage(options: PostgresStorageOptions): Promise<DatabaseStorage> {
  const schema = options.schema ?? 'public';
  if (!schemaNamePattern.test(schema)) {
    throw new Error(`PostgreSQL schema "${schema}" must be a lower-case identifier (letters, digits, "_").`);
  }
  // pg lets the connection string's own `options` replace ours, which would silently drop the search_path.
  if (new URL(options.connectionString).searchParams.has('options')) {
    throw new Error('The PostgreSQL connection string must not carry "options": Bureau sets search_path through them.');
  }

  const pool = new pg.Pool({
    connectionString: options.connectionString,
    options: `-c search_path=${schema}`,
    max: options.maxConnections,
  });
  // An idle connection dropped by the server (a restart, a failover) is reported here; without a listener the
  // process would crash. The pool replaces the connection on next use.
  pool.on('error', (error) => {
    console.error(`PostgreSQL: an idle connection failed: ${error.message}`);
  });

  try {
    await runPostgresMigrations(pool, {
      schema,
      migrations: readMigrationFiles(options.migrationsDirectory ?? migrationsDirectory('postgres')),
    });
  } catch (error) {
    await pool.end();
    throw error;
  }

  let closing: Promise<void> | null = null;
  return {
    engine: 'postgres',
    roundups: createPostgresRoundupStorage(pool),
    users: createPostgresUserStorage(pool),
    photos: createPostgresPhotoStorage(pool),
    markers: createPostgresMarkerStore(pool),
    locks: createPostgresLockStorage(pool),
    comments: createPostgresCommentStorage(pool),
    close() {
      closing ??= pool.end();
      return closing;
    },
  };
}
