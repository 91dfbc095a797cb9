import { useMutation, useQueryClient } from '@tanstack/react-query';
import { roundupResponseSchema, type CreateRoundupRequest } from '@/contract/roundup-endpoints';
import { apiRoutes } from '@/contract/routes';
import type { Roundup } from '@/schema/roundup';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function createRoundup(request: CreateRoundupRequest): Promise<Roundup> {
  return apiRequest(apiRoutes.roundups, { method: 'POST', json: request, schema: roundupResponseSchema });
}

export function useCreateRoundup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRoundup,
    onSuccess: (roundup) => {
      queryClient.setQueryData(queryKeys.roundups.detail(roundup.id), roundup);
      void queryClient.invalidateQueries({ queryKey: queryKeys.roundups.lists() });
    },
  });
}
