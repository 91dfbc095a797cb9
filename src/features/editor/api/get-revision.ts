import { queryOptions, useQuery } from '@tanstack/react-query';
import { revisionResponseSchema, type RevisionResponse } from '@/contract/revision-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getRevision(roundupId: string, version: number, signal?: AbortSignal): Promise<RevisionResponse> {
  return apiRequest(apiRoutes.roundupRevision(roundupId, version), { schema: revisionResponseSchema, signal });
}

export function revisionQueryOptions(roundupId: string, version: number) {
  return queryOptions({
    queryKey: queryKeys.revisions.detail(roundupId, version),
    queryFn: ({ signal }) => getRevision(roundupId, version, signal),
    // A revision never changes once saved.
    staleTime: Infinity,
  });
}

/** One revision's whole document; `version` null asks for nothing (the oldest revision has none before it). */
export function useRevision(roundupId: string, version: number | null) {
  return useQuery({ ...revisionQueryOptions(roundupId, version ?? 0), enabled: version !== null });
}
