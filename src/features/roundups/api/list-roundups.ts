import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { listRoundupsResponseSchema, type ListRoundupsQuery, type ListRoundupsResponse } from '@/contract/roundup-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The list's filters as the page holds them: empty strings mean "any". */
export type RoundupListFilters = { [Key in keyof Omit<ListRoundupsQuery, 'cursor' | 'limit'>]-?: string };

export const noListFilters: RoundupListFilters = { q: '', status: '', region: '', ownerId: '', reviewerId: '', from: '', to: '' };

function queryString(filters: RoundupListFilters, cursor: string | null = null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value.trim() !== '') params.set(key, value.trim());
  if (cursor !== null) params.set('cursor', cursor);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** One page of the list: the first, or the one after `cursor` (a previous page's `nextCursor`). */
export function listRoundups(filters: RoundupListFilters, cursor: string | null, signal?: AbortSignal): Promise<ListRoundupsResponse> {
  return apiRequest(`${apiRoutes.roundups}${queryString(filters, cursor)}`, { schema: listRoundupsResponseSchema, signal });
}

export function roundupListQueryOptions(filters: RoundupListFilters) {
  return infiniteQueryOptions({
    queryKey: queryKeys.roundups.list(queryString(filters)),
    queryFn: ({ signal, pageParam }) => listRoundups(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** The pages loaded so far; `fetchNextPage` loads the next while `hasNextPage`. */
export function useRoundupList(filters: RoundupListFilters) {
  return useInfiniteQuery(roundupListQueryOptions(filters));
}
