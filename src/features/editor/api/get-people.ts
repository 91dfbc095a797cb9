import { useQuery } from '@tanstack/react-query';
import { apiRoutes } from '@/contract/routes';
import { peopleResponseSchema } from '@/contract/user-endpoints';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Who works in the newsroom, for @-mentions in comments. */
export function usePeople() {
  return useQuery({
    queryKey: queryKeys.people,
    queryFn: ({ signal }) => apiRequest(apiRoutes.people, { schema: peopleResponseSchema, signal }),
    staleTime: 5 * 60_000,
  });
}
