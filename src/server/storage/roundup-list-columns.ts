import type { StoredRoundup } from '../../services/stored-roundup';
import { summarizeRoundup } from '../../services/summarize-roundup';
import { headlineSearchKey } from './headline-search-key';

/** Columns kept beside a roundup's JSON so that listing and searching read neither meta nor body as a whole. */
export interface RoundupListColumns {
  headlineSearch: string;
  briefCount: number;
}

/** Derived from the reference summary on every write, so the list counts briefs exactly as `summarizeRoundup` does. */
export function roundupListColumns(roundup: StoredRoundup): RoundupListColumns {
  const summary = summarizeRoundup(roundup);
  return { headlineSearch: headlineSearchKey(summary.headline), briefCount: summary.briefCount };
}
