import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseStorage } from '../database-storage';
import { openPostgresStorage } from './open-postgres-storage';

async function dropSchema(connectionString: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * For tests: PostgreSQL storage in a schema of its own (`test_` and random hex), migrated from nothing, and dropped
 * with everything in it when the storage is closed. Tests running at once, in one process or several, never meet.
 */
export async function openIsolatedPostgresStorage(
  connectionString: string,
  options: { maxConnections?: number } = {},
): Promise<DatabaseStorage & { schema: string }> {
  const schema = `test_${randomBytes(8).toString('hex')}`;
  let storage: DatabaseStorage;
  try {
    storage = await openPostgresStorage({ connectionString, schema, ...options });
  } catch (error) {
    await dropSchema(connectionString, schema);
    throw error;
  }
  return {
    ...storage,
    schema,
    async close() {
      await storage.close();
      await dropSchema(connectionString, schema);
    },
  };
}
