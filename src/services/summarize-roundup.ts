import type { RoundupSummary } from '../contract/roundup-endpoints';
import type { StoredRoundup } from './stored-roundup';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** When a stored workflow says the roundup goes out, if it says so in a form this build reads. */
export function scheduledForOf(workflow: Record<string, unknown>): string | null {
  const value = workflow.scheduledFor;
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;
}

/** Read from a stored (possibly older) workflow, which is not trusted to have the current shape. */
export function reviewerIdOf(workflow: Record<string, unknown>): string | null {
  const reviewer = workflow.reviewer;
  if (typeof reviewer !== 'object' || reviewer === null || !('by' in reviewer)) return null;
  return typeof reviewer.by === 'string' ? reviewer.by : null;
}

/** The list row of a roundup. Works on stored (possibly older) rows, so it never assumes the current metadata shape. */
export function summarizeRoundup(roundup: StoredRoundup): RoundupSummary {
  return {
    id: roundup.id,
    ownerId: roundup.ownerId,
    headline: text(roundup.meta.headline),
    kicker: text(roundup.meta.kicker),
    region: text(roundup.meta.region),
    status: roundup.status,
    briefCount: (roundup.body.content ?? []).filter((node) => node.type === 'brief').length,
    version: roundup.version,
    updatedAt: roundup.updatedAt,
    reviewerId: reviewerIdOf(roundup.workflow),
    scheduledFor: scheduledForOf(roundup.workflow),
  };
}
