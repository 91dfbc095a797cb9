import type pg from 'pg';
import { z } from 'zod';
import { editLockSchema } from '../../../contract/lock-endpoints';
import type { LockStorage } from '../../../services/lock-storage';

const lockRowSchema = z.object({ lock: editLockSchema });

/** `LockStorage` over PostgreSQL: each write one statement, conditional on the revision. */
export function createPostgresLockStorage(pool: pg.Pool): LockStorage {
  return {
    async get(roundupId) {
      const result = await pool.query('SELECT lock FROM roundup_locks WHERE roundup_id = $1', [roundupId]);
      const row: unknown = result.rows[0];
      return row === undefined ? null : lockRowSchema.parse(row).lock;
    },
    async put(lock, expectedRevision) {
      const text = JSON.stringify(lock);
      const result =
        expectedRevision === null
          ? await pool.query('INSERT INTO roundup_locks (roundup_id, revision, lock) VALUES ($1, $2, $3) ON CONFLICT (roundup_id) DO NOTHING', [
              lock.roundupId,
              lock.revision,
              text,
            ])
          : await pool.query('UPDATE roundup_locks SET revision = $1, lock = $2 WHERE roundup_id = $3 AND revision = $4', [
              lock.revision,
              text,
              lock.roundupId,
              expectedRevision,
            ]);
      return result.rowCount === 1;
    },
    async delete(roundupId, expectedRevision) {
      return (await pool.query('DELETE FROM roundup_locks WHERE roundup_id = $1 AND revision = $2', [roundupId, expectedRevision])).rowCount === 1;
    },
  };
}
