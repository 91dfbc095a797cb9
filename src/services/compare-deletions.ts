import type { DeletionRecord } from '../contract/deletion-endpoints';

/** The deletion log's order: the latest first, by time as an instant, then by roundup id. */
export function newestDeletionFirst(left: DeletionRecord, right: DeletionRecord): number {
  return Date.parse(right.deletedAt) - Date.parse(left.deletedAt) || (left.roundupId < right.roundupId ? -1 : left.roundupId > right.roundupId ? 1 : 0);
}
