import type { StoredRoundup } from '../../services/stored-roundup';
import { summarizeRoundup } from '../../services/summarize-roundup';
import { headlineSearchKey } from './headline-search-key';

/** Columns kept beside a roundup's JSON so that listing, filtering and searching read neither meta nor body as a whole. */
export interface RoundupListColumns {
  headlineSearch: string;
  briefCount: number;
  /** The region as the list's filter compares it: trimmed. */
  regionKey: string;
  reviewerId: string | null;
  /** When it is embargoed until (`scheduledForOf`), or null. */
  scheduledFor: string | null;
}

/** Derived from the reference summary on every write, so the list filters exactly as `matchesListFilter` does. */
export function roundupListColumns(roundup: StoredRoundup): RoundupListColumns {
  const summary = summarizeRoundup(roundup);
  return {
    headlineSearch: headlineSearchKey(summary.headline),
    briefCount: summary.briefCount,
    regionKey: summary.region.trim(),
    reviewerId: summary.reviewerId,
    scheduledFor: summary.scheduledFor,
  };
}
