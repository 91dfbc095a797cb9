import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DatabaseStorage } from '../database-storage';
import { readMigrationFiles } from '../migration-files';
import { migrationsDirectory } from '../migrations-directory';
import { startBackgroundCheckpoints, type BackgroundCheckpoints } from './background-checkpoints';
import { runSqliteMigrations } from './run-sqlite-migrations';
import { createSqliteCommentStorage } from './sqlite-comment-storage';
import { createSqliteLockStorage } from './sqlite-lock-storage';
import { createSqliteMarkerStore } from './sqlite-marker-store';
import { createSqlitePhotoStorage } from './sqlite-photo-storage';
import { createSqliteRoundupStorage } from './sqlite-roundup-storage';
import { createSqliteUserStorage } from './sqlite-user-storage';

export interface SqliteStorageOptions {
  /** The database file (its folder is created if missing), or `:memory:` for a private in-memory database. */
  file: string;
  /** Where the SQLite migrations are; defaults to `migrations/sqlite/` beside the storage code. */
  migrationsDirectory?: string;
  /** How long a write waits for another connection's write lock before failing with SQLITE_BUSY. */
  busyTimeoutMs?: number;
  /**
   * Checkpoint the write-ahead log from a worker thread instead of inside whichever write crosses 1000 pages (a
   * server turns this on: see `background-checkpoints.ts`). Ignored for `:memory:`.
   */
  checkpointInBackground?: boolean;
}

/**
 * Opens (creating if needed) and migrates a SQLite database: the zero-set-up storage of a single server. WAL lets
 * readers run beside the writer; synchronous=NORMAL is durable across application crashes in WAL mode and only
 * risks the last transactions on power loss, the usual trade for a server's SQLite.
 */
export async function openSqliteStorage(options: SqliteStorageOptions): Promise<DatabaseStorage> {
  const inMemory = options.file === ':memory:';
  if (!inMemory) mkdirSync(dirname(resolve(options.file)), { recursive: true });
  const database = new Database(options.file);
  try {
    // First, so that even switching to WAL waits for another process busy migrating a new file.
    database.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma('synchronous = NORMAL');
    runSqliteMigrations(database, readMigrationFiles(options.migrationsDirectory ?? migrationsDirectory('sqlite')));
  } catch (error) {
    database.close();
    throw error;
  }
  let checkpoints: BackgroundCheckpoints | null = null;
  if (options.checkpointInBackground === true && !inMemory) {
    checkpoints = await startBackgroundCheckpoints(resolve(options.file));
    database.pragma('wal_autocheckpoint = 0');
  }

  return {
    engine: 'sqlite',
    roundups: createSqliteRoundupStorage(database),
    users: createSqliteUserStorage(database),
    photos: createSqlitePhotoStorage(database),
    markers: createSqliteMarkerStore(database),
    locks: createSqliteLockStorage(database),
    comments: createSqliteCommentStorage(database),
    async close() {
      if (!database.open) return;
      if (checkpoints !== null) {
        await checkpoints.stop();
        database.pragma('wal_checkpoint(TRUNCATE)');
      }
      // Recommended before closing a long-lived connection: refreshes the planner's statistics where they are stale.
      database.pragma('optimize');
      database.close();
    },
  };
}
