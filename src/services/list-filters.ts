import type { ListRoundupsQuery, RoundupSummary } from '../contract/roundup-endpoints';
import type { RoundupListFilter } from './roundup-storage';
import { headlineMatches } from './headline-matches';

const kstOffsetMs = 9 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** The calendar day (YYYY-MM-DD) in Korea of an instant: the newsroom's day, wherever the server runs. */
export function kstDay(iso: string): string {
  return new Date(Date.parse(iso) + kstOffsetMs).toISOString().slice(0, 10);
}

/** The instant a Korean calendar day (YYYY-MM-DD) begins, as ISO: `kstDay(t) >= day` exactly when `t >=` it. */
export function kstDayStart(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - kstOffsetMs).toISOString();
}

/** The instant the Korean day after `day` begins: `kstDay(t) <= day` exactly when `t <` it. */
export function kstDayEnd(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - kstOffsetMs + dayMs).toISOString();
}

/** The storage filter of the dashboard's query: days of Korea time become a range of instants. */
export function listFilterOf(query: ListRoundupsQuery): RoundupListFilter {
  return {
    ...(query.q === undefined ? {} : { headline: query.q }),
    ...(query.region === undefined ? {} : { region: query.region }),
    ...(query.ownerId === undefined ? {} : { ownerId: query.ownerId }),
    ...(query.reviewerId === undefined ? {} : { reviewerId: query.reviewerId }),
    ...(query.from === undefined ? {} : { updatedFrom: kstDayStart(query.from) }),
    ...(query.to === undefined ? {} : { updatedBefore: kstDayEnd(query.to) }),
  };
}

/** The reference meaning of a storage filter, which the SQL adapters must reproduce. */
export function matchesListFilter(summary: RoundupSummary, filter: RoundupListFilter): boolean {
  if (!headlineMatches(summary.headline, filter.headline)) return false;
  if (filter.region !== undefined && summary.region.trim() !== filter.region) return false;
  if (filter.ownerId !== undefined && summary.ownerId !== filter.ownerId) return false;
  if (filter.reviewerId !== undefined && summary.reviewerId !== filter.reviewerId) return false;
  const updated = Date.parse(summary.updatedAt);
  if (filter.updatedFrom !== undefined && updated < Date.parse(filter.updatedFrom)) return false;
  if (filter.updatedBefore !== undefined && updated >= Date.parse(filter.updatedBefore)) return false;
  if (filter.ids !== undefined && !filter.ids.includes(summary.id)) return false;
  return true;
}
