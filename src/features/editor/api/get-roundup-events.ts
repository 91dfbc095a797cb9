import { useQuery } from '@tanstack/react-query';
import { apiRoutes } from '@/contract/routes';
import { roundupEventsResponseSchema } from '@/contract/workflow-endpoints';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function useRoundupEvents(id: string) {
  return useQuery({
    queryKey: queryKeys.roundups.events(id),
    queryFn: ({ signal }) => apiRequest(apiRoutes.roundupEvents(id), { schema: roundupEventsResponseSchema, signal }),
  });
}
