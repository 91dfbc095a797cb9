import type { RoundupSummary } from '../contract/roundup-endpoints';
import { roundupStatuses, type RoundupStatus } from '../schema/roundup-status';
import { compareSummaries } from './compare-summaries';
import { matchesListFilter } from './list-filters';
import type { RoundupListFilter, RoundupListQuery } from './roundup-storage';

/** `RoundupStorage.list` over summaries held in memory (the memory and IndexedDB adapters). */
export function selectListPage(summaries: readonly RoundupSummary[], query: RoundupListQuery): RoundupSummary[] {
  const { after } = query;
  const matching = summaries
    .filter((summary) => matchesListFilter(summary, query) && (query.status === undefined || summary.status === query.status))
    .filter((summary) => after === undefined || compareSummaries(summary, { ...summary, ...after }) > 0)
    .filter(
      (summary) =>
        query.scheduledBy === undefined || (summary.scheduledFor !== null && Date.parse(summary.scheduledFor) <= Date.parse(query.scheduledBy)),
    )
    .sort(compareSummaries);
  return query.limit === undefined ? matching : matching.slice(0, query.limit);
}

/** `RoundupStorage.countByStatus` over summaries held in memory. */
export function countListStatuses(summaries: readonly RoundupSummary[], filter: RoundupListFilter): Record<RoundupStatus, number> {
  const counts = Object.fromEntries(roundupStatuses.map((status) => [status, 0])) as Record<RoundupStatus, number>;
  for (const summary of summaries) if (matchesListFilter(summary, filter)) counts[summary.status] += 1;
  return counts;
}
