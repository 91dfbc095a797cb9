import type { RoundupSummary } from '../contract/roundup-endpoints';
import type { StoredRoundup } from './stored-roundup';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
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
  };
}
