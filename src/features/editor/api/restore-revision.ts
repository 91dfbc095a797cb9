import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RestoreRevisionRequest } from '@/contract/revision-endpoints';
import { roundupResponseSchema } from '@/contract/roundup-endpoints';
import { apiRoutes } from '@/contract/routes';
import type { Roundup } from '@/schema/roundup';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export interface RestoreRevisionInput {
  roundupId: string;
  /** The revision whose content comes back. */
  version: number;
  request: RestoreRevisionRequest;
}

export function restoreRevision({ roundupId, version, request }: RestoreRevisionInput): Promise<Roundup> {
  return apiRequest(apiRoutes.roundupRevisionRestore(roundupId, version), {
    method: 'POST',
    json: request,
    schema: roundupResponseSchema,
  });
}

/** Brings back a revision (or some of its briefs) as a new revision; answers the roundup as it now is. */
export function useRestoreRevision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreRevision,
    onSuccess: (roundup) => {
      queryClient.setQueryData(queryKeys.roundups.detail(roundup.id), roundup);
      void queryClient.invalidateQueries({ queryKey: queryKeys.revisions.all(roundup.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.roundups.lists() });
    },
  });
}
