import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { listRoundupsResponseSchema, type ListRoundupsResponse } from '@/contract/roundup-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function listRoundups(search: string, signal?: AbortSignal): Promise<ListRoundupsResponse> {
  const query = search.trim() ? `?${new URLSearchParams({ q: search.trim() }).toString()}` : '';
  return apiRequest(`${apiRoutes.roundups}${query}`, { schema: listRoundupsResponseSchema, signal });
}

export function roundupListQueryOptions(search: string) {
  return queryOptions({
    queryKey: queryKeys.roundups.list(search.trim()),
    queryFn: ({ signal }) => listRoundups(search, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRoundupList(search: string) {
  return useQuery(roundupListQueryOptions(search));
}
