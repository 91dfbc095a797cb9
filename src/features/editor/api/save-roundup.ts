import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRoutes, idempotencyKeyHeader } from '@/contract/routes';
import { roundupResponseSchema, type SaveRoundupRequest } from '@/contract/roundup-endpoints';
import type { Roundup } from '@/schema/roundup';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export interface SaveRoundupInput {
  id: string;
  request: SaveRoundupRequest;
  /** Same key for retries of the same save, so a save whose answer was lost is not applied twice. */
  idempotencyKey: string;
}

export function saveRoundup({ id, request, idempotencyKey }: SaveRoundupInput): Promise<Roundup> {
  return apiRequest(apiRoutes.roundup(id), {
    method: 'PUT',
    json: request,
    headers: { [idempotencyKeyHeader]: idempotencyKey },
    // Autosave resends the same attempt with the same key itself, and shows the user why it waits.
    retry: false,
    schema: roundupResponseSchema,
  });
}

export function useSaveRoundup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveRoundup,
    onSuccess: (roundup) => {
      queryClient.setQueryData(queryKeys.roundups.detail(roundup.id), roundup);
      void queryClient.invalidateQueries({ queryKey: queryKeys.roundups.lists() });
    },
  });
}
