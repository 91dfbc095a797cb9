import type { RoundupSummary } from '../contract/roundup-endpoints';

/** List order: most recently updated first, then by id so the order is total and the same in every adapter. */
export function compareSummaries(left: RoundupSummary, right: RoundupSummary): number {
  const byTime = Date.parse(right.updatedAt) - Date.parse(left.updatedAt);
  if (byTime !== 0) return byTime;
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}
