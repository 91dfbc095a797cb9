import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import { editLockSchema } from '../contract/lock-endpoints';
import type { LockStorage } from '../services/lock-storage';
import type { MockDatabase } from './mock-database';

/** `LockStorage` for the browser mock, shared by its tabs: read, compare and write in one readwrite transaction. */
export function createIndexedDbLockStorage(database: IDBPDatabase<MockDatabase>): LockStorage {
  type LockStore = IDBPObjectStore<MockDatabase, ['locks'], 'locks', 'readwrite'>;
  async function swap(roundupId: string, expectedRevision: number | null, write: (store: LockStore) => Promise<unknown>): Promise<boolean> {
    const transaction = database.transaction('locks', 'readwrite');
    const row: unknown = await transaction.store.get(roundupId);
    const stored = row === undefined ? null : editLockSchema.safeParse(row);
    const revision = stored === null ? null : stored.success ? stored.data.revision : -1;
    if (revision !== expectedRevision) {
      await transaction.done;
      return false;
    }
    await Promise.all([write(transaction.store), transaction.done]);
    return true;
  }
  return {
    async get(roundupId) {
      const row: unknown = await database.get('locks', roundupId);
      if (row === undefined) return null;
      const lock = editLockSchema.safeParse(row);
      return lock.success ? lock.data : null;
    },
    put: (lock, expectedRevision) => swap(lock.roundupId, expectedRevision, (store) => store.put(lock)),
    delete: (roundupId, expectedRevision) => swap(roundupId, expectedRevision, (store) => store.delete(roundupId)),
  };
}
