import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import { createDraft } from '../api/create-draft';
import { importText } from '../api/import-text';

/**
 * Sends the text to the server to read (the browser's live reading is only a preview), then creates the draft from
 * what the server read. A text the server refuses creates nothing.
 */
export function useCreateDraftFromText() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (text: string) => {
      const imported = await importText(text);
      return createDraft({ meta: imported.meta, body: imported.body });
    },
    onSuccess: (roundup) => {
      queryClient.setQueryData(queryKeys.roundups.detail(roundup.id), roundup);
      void queryClient.invalidateQueries({ queryKey: queryKeys.roundups.lists() });
    },
  });
}
