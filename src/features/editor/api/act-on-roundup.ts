import { useMutation, useQueryClient } from '@tanstack/react-query';
import { roundupResponseSchema } from '@/contract/roundup-endpoints';
import { apiRoutes } from '@/contract/routes';
import type { RoundupActionRequest } from '@/contract/workflow-endpoints';
import type { Roundup } from '@/schema/roundup';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export interface RoundupActionInput {
  id: string;
  request: RoundupActionRequest;
}

export function actOnRoundup({ id, request }: RoundupActionInput): Promise<Roundup> {
  return apiRequest(apiRoutes.roundupActions(id), { method: 'POST', json: request, schema: roundupResponseSchema });
}

/** Takes one review action; the roundup's status and review change in the cache, its document does not. */
export function useRoundupAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: actOnRoundup,
    onSuccess: (roundup) => {
      // An autosave may have landed a newer document meanwhile: keep that body, take the review from the answer.
      queryClient.setQueryData<Roundup>(queryKeys.roundups.detail(roundup.id), (old) =>
        old !== undefined && old.version > roundup.version
          ? { ...old, status: roundup.status, workflow: roundup.workflow, workflowRevision: roundup.workflowRevision }
          : roundup,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.roundups.events(roundup.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.roundups.lists() });
    },
  });
}
