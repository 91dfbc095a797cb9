import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRoutes, idempotencyKeyHeader } from '@/contract/routes';
import { saveReceiptSchema, type SaveReceipt, type SaveRoundupChangesRequest } from '@/contract/roundup-endpoints';
import type { Roundup } from '@/schema/roundup';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { SavedContent } from '../lib/save-draft';

export interface SaveRoundupChangesInput {
  id: string;
  request: SaveRoundupChangesRequest;
  /** Same key for retries of the same save, so a save whose answer was lost is not applied twice. */
  idempotencyKey: string;
  /** The whole metadata and body the server holds once this save is through: the answer carries neither. */
  content: SavedContent;
}

export function saveRoundupChanges({ id, request, idempotencyKey }: SaveRoundupChangesInput): Promise<SaveReceipt> {
  return apiRequest(apiRoutes.roundup(id), {
    method: 'PATCH',
    json: request,
    headers: { [idempotencyKeyHeader]: idempotencyKey },
    // Autosave resends the same attempt with the same key itself, and shows the user why it waits.
    retry: false,
    schema: saveReceiptSchema,
  });
}

export function useSaveRoundupChanges() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveRoundupChanges,
    onSuccess: (receipt, { content }) => {
      // The editor page opens from this entry and never refetches it, so its body must be the one at its version.
      queryClient.setQueryData<Roundup>(queryKeys.roundups.detail(receipt.id), (old) => {
        if (old === undefined || old.version > receipt.version) return old;
        const next = { ...old, meta: content.meta, body: content.body, version: receipt.version, updatedAt: receipt.updatedAt };
        const reopened = receipt.reopenedBriefIds ?? [];
        if (reopened.length === 0) return next;
        // The server put these approved briefs back to pending; the page shows it without asking again.
        const briefReviews = { ...old.workflow.briefReviews };
        for (const id of reopened) briefReviews[id] = { state: 'pending', reopenedByEdit: true };
        return { ...next, workflow: { ...old.workflow, briefReviews }, workflowRevision: old.workflowRevision + 1 };
      });
      void queryClient.invalidateQueries({ queryKey: queryKeys.roundups.lists() });
    },
  });
}
