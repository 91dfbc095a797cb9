import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function deleteRoundup(id: string): Promise<undefined> {
  return apiRequest(apiRoutes.roundup(id), { method: 'DELETE', schema: z.undefined() });
}

export function useDeleteRoundup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteRoundup,
    onSuccess: (_result, id) => {
      queryClient.removeQueries({ queryKey: queryKeys.roundups.detail(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.roundups.lists() });
    },
  });
}
