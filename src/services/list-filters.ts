import type { ListRoundupsQuery, RoundupSummary } from '../contract/roundup-endpoints';

const kstOffsetMs = 9 * 60 * 60 * 1000;

/** The calendar day (YYYY-MM-DD) in Korea of an instant: the newsroom's day, wherever the server runs. */
export function kstDay(iso: string): string {
  return new Date(Date.parse(iso) + kstOffsetMs).toISOString().slice(0, 10);
}

/** Whether a summary passes the list's filters other than the headline search (done by storage) and the status. */
export function matchesListFilters(summary: RoundupSummary, query: ListRoundupsQuery): boolean {
  if (query.region !== undefined && summary.region.trim() !== query.region) return false;
  if (query.ownerId !== undefined && summary.ownerId !== query.ownerId) return false;
  if (query.reviewerId !== undefined && summary.reviewerId !== query.reviewerId) return false;
  const day = kstDay(summary.updatedAt);
  if (query.from !== undefined && day < query.from) return false;
  if (query.to !== undefined && day > query.to) return false;
  return true;
}
