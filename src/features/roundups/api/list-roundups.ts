import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { listRoundupsResponseSchema, type ListRoundupsQuery, type ListRoundupsResponse } from '@/contract/roundup-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The list's filters as the page holds them: empty strings mean "any". */
export type RoundupListFilters = { [Key in keyof Omit<ListRoundupsQuery, 'cursor' | 'limit'>]-?: string };

export const noListFilters: RoundupListFilters = { q: '', status: '', region: '', ownerId: '', reviewerId: '', from: '', to: '' };

function queryString(filters: RoundupListFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value.trim() !== '') params.set(key, value.trim());
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function listRoundups(filters: RoundupListFilters, signal?: AbortSignal): Promise<ListRoundupsResponse> {
  return apiRequest(`${apiRoutes.roundups}${queryString(filters)}`, { schema: listRoundupsResponseSchema, signal });
}

export function roundupListQueryOptions(filters: RoundupListFilters) {
  return queryOptions({
    queryKey: queryKeys.roundups.list(queryString(filters)),
    queryFn: ({ signal }) => listRoundups(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRoundupList(filters: RoundupListFilters) {
  return useQuery(roundupListQueryOptions(filters));
}
