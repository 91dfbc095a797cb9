import type pg from 'pg';
import { z } from 'zod';
import type { MarkerStore } from '../../../services/marker-store';

const markerRowSchema = z.object({ value: z.string() });

export function createPostgresMarkerStore(pool: pg.Pool): MarkerStore {
  return {
    async get(name) {
      const result = await pool.query('SELECT value FROM markers WHERE name = $1', [name]);
      const row: unknown = result.rows[0];
      return row === undefined ? null : markerRowSchema.parse(row).value;
    },
    async put(name, value) {
      await pool.query(
        'INSERT INTO markers (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
        [name, value],
      );
    },
  };
}
