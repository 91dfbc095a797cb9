import type { EditLock } from '../contract/lock-endpoints';
import type { LockStorage } from './lock-storage';

/** The reference lock storage, over a map. */
export function createMemoryLockStorage(): LockStorage {
  const locks = new Map<string, EditLock>();
  return {
    async get(roundupId) {
      const lock = locks.get(roundupId);
      return lock === undefined ? null : structuredClone(lock);
    },
    async put(lock, expectedRevision) {
      if ((locks.get(lock.roundupId)?.revision ?? null) !== expectedRevision) return false;
      locks.set(lock.roundupId, structuredClone(lock));
      return true;
    },
    async delete(roundupId, expectedRevision) {
      if (locks.get(roundupId)?.revision !== expectedRevision) return false;
      return locks.delete(roundupId);
    },
  };
}
