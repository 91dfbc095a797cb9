import { join } from 'node:path';
import type { ServerConfig } from '../server-config';
import type { DatabaseStorage } from './database-storage';
import { openPostgresStorage } from './postgres/open-postgres-storage';
import { openSqliteStorage } from './sqlite/open-sqlite-storage';

/** The storage the configuration names: PostgreSQL when DATABASE_URL is set, else SQLite in the data folder. */
export function openConfiguredStorage(config: ServerConfig, options: { checkpointInBackground?: boolean } = {}): Promise<DatabaseStorage> {
  return config.databaseUrl
    ? openPostgresStorage({ connectionString: config.databaseUrl })
    : openSqliteStorage({ file: join(config.dataDir, 'bureau.sqlite'), checkpointInBackground: options.checkpointInBackground ?? true });
}
