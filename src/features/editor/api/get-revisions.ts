import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { revisionsResponseSchema, type RevisionsResponse } from '@/contract/revision-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** One page of revisions, newest first; `before` asks for those older than that version. */
export function getRevisions(roundupId: string, before: number | null, signal?: AbortSignal): Promise<RevisionsResponse> {
  const query = before === null ? '' : `?${new URLSearchParams({ before: String(before) }).toString()}`;
  return apiRequest(`${apiRoutes.roundupRevisions(roundupId)}${query}`, { schema: revisionsResponseSchema, signal });
}

/** `currentVersion` is part of the key: each save makes a new revision, so the list is fetched again. */
export function revisionsQueryOptions(roundupId: string, currentVersion: number) {
  return infiniteQueryOptions({
    queryKey: queryKeys.revisions.list(roundupId, currentVersion),
    queryFn: ({ pageParam, signal }) => getRevisions(roundupId, pageParam, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextBefore,
    // Keep showing the list of the version before while the new one loads, rather than flashing "loading".
    placeholderData: keepPreviousData,
  });
}

export function useRevisions(roundupId: string, currentVersion: number) {
  return useInfiniteQuery(revisionsQueryOptions(roundupId, currentVersion));
}
