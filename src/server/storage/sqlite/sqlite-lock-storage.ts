import type Database from 'better-sqlite3';
import { z } from 'zod';
import { editLockSchema } from '../../../contract/lock-endpoints';
import type { LockStorage } from '../../../services/lock-storage';
import { jsonTextColumn } from './json-text-column';

const lockRowSchema = z.object({ lock: jsonTextColumn.pipe(editLockSchema) });

/** `LockStorage` over SQLite: each write one statement, conditional on the revision. */
export function createSqliteLockStorage(database: Database.Database): LockStorage {
  const get = database.prepare<[string]>('SELECT lock FROM roundup_locks WHERE roundup_id = ?');
  const insert = database.prepare<[string, number, string]>(
    'INSERT INTO roundup_locks (roundup_id, revision, lock) VALUES (?, ?, ?) ON CONFLICT (roundup_id) DO NOTHING',
  );
  const update = database.prepare<[number, string, string, number]>(
    'UPDATE roundup_locks SET revision = ?, lock = ? WHERE roundup_id = ? AND revision = ?',
  );
  const remove = database.prepare<[string, number]>('DELETE FROM roundup_locks WHERE roundup_id = ? AND revision = ?');
  return {
    async get(roundupId) {
      const row = get.get(roundupId);
      return row === undefined ? null : lockRowSchema.parse(row).lock;
    },
    async put(lock, expectedRevision) {
      const text = JSON.stringify(lock);
      if (expectedRevision === null) return insert.run(lock.roundupId, lock.revision, text).changes === 1;
      return update.run(lock.revision, text, lock.roundupId, expectedRevision).changes === 1;
    },
    async delete(roundupId, expectedRevision) {
      return remove.run(roundupId, expectedRevision).changes === 1;
    },
  };
}
