import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { MarkerStore } from '../../../services/marker-store';

const markerRowSchema = z.object({ value: z.string() });

export function createSqliteMarkerStore(database: Database.Database): MarkerStore {
  const select = database.prepare('SELECT value FROM markers WHERE name = ?');
  const upsert = database.prepare('INSERT INTO markers (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value');
  return {
    async get(name) {
      const row: unknown = select.get(name);
      return row === undefined ? null : markerRowSchema.parse(row).value;
    },
    async put(name, value) {
      upsert.run(name, value);
    },
  };
}
