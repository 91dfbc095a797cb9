import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRoutes } from '@/contract/routes';
import { roundupResponseSchema } from '@/contract/roundup-endpoints';
import type { Roundup } from '@/schema/roundup';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getRoundup(id: string, signal?: AbortSignal): Promise<Roundup> {
  return apiRequest(apiRoutes.roundup(id), { schema: roundupResponseSchema, signal });
}

export function roundupQueryOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.roundups.detail(id),
    queryFn: ({ signal }) => getRoundup(id, signal),
    // The editor owns the document once open: a background refetch must never replace what is being typed.
    staleTime: Infinity,
  });
}

export function useRoundup(id: string) {
  return useQuery(roundupQueryOptions(id));
}
