import type { RoundupSummary } from '../../contract/roundup-endpoints';
import type { RoundupStatus } from '../../schema/roundup-status';
import { reviewerIdOf, scheduledForOf } from '../../services/summarize-roundup';

/** What the list query reads of a roundup: its columns and its metadata, never its body. */
export interface RoundupListRow {
  id: string;
  ownerId: string;
  status: RoundupStatus;
  version: number;
  updatedAt: string;
  meta: Record<string, unknown>;
  workflow: Record<string, unknown>;
  briefCount: number;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The summary `summarizeRoundup` would make of the whole roundup (the storage contract tests that they agree). */
export function summarizeListRow(row: RoundupListRow): RoundupSummary {
  return {
    id: row.id,
    ownerId: row.ownerId,
    headline: text(row.meta.headline),
    kicker: text(row.meta.kicker),
    region: text(row.meta.region),
    status: row.status,
    briefCount: row.briefCount,
    version: row.version,
    updatedAt: row.updatedAt,
    reviewerId: reviewerIdOf(row.workflow),
    scheduledFor: scheduledForOf(row.workflow),
  };
}
