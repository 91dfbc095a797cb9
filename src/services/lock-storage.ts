import type { EditLock } from '../contract/lock-endpoints';

/** Edit locks, one per roundup at most. Every write is a compare-and-set on the lock's revision (null: no lock). */
export interface LockStorage {
  get(roundupId: string): Promise<EditLock | null>;
  /** Stores `lock` if the stored one is still at `expectedRevision`; false (nothing written) otherwise. */
  put(lock: EditLock, expectedRevision: number | null): Promise<boolean>;
  /** Removes the lock if it is still at `expectedRevision`. */
  delete(roundupId: string, expectedRevision: number): Promise<boolean>;
}
