import type { RoundupListQuery } from '../../services/roundup-storage';
import { headlineSearchKey } from './headline-search-key';
import { containsLikePattern } from './like-pattern';

/**
 * The LIKE pattern (escape character `\`) to match against `headline_search`, or null to list everything. Trims and
 * folds the query the way `headlineMatches` does.
 */
export function headlineSearchPattern(query: RoundupListQuery): string | null {
  const needle = headlineSearchKey(query.headline?.trim() ?? '');
  return needle === '' ? null : containsLikePattern(needle);
}
