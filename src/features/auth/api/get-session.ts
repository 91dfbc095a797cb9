import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRoutes } from '@/contract/routes';
import { sessionResponseSchema, type SessionResponse } from '@/contract/user-endpoints';
import { apiRequest } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { queryKeys } from '@/lib/query-keys';

/** The current session, or null when nobody is signed in (401 is an answer here, not an error). */
export async function getSession(signal?: AbortSignal): Promise<SessionResponse | null> {
  try {
    return await apiRequest(apiRoutes.me, { schema: sessionResponseSchema, signal });
  } catch (error) {
    if (isApiError(error, 'unauthenticated')) return null;
    throw error;
  }
}

export function sessionQueryOptions() {
  return queryOptions({ queryKey: queryKeys.session, queryFn: ({ signal }) => getSession(signal), staleTime: 5 * 60_000 });
}

export function useSession() {
  return useQuery(sessionQueryOptions());
}
