import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { dropCommentThread } from '../lib/comment-threads-cache';

export interface DeleteCommentThreadInput {
  roundupId: string;
  threadId: string;
}

export function deleteCommentThread({ roundupId, threadId }: DeleteCommentThreadInput): Promise<void> {
  return apiRequest(apiRoutes.roundupCommentThread(roundupId, threadId), { method: 'DELETE', schema: z.undefined() });
}

export function useDeleteCommentThread() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCommentThread,
    onSuccess: (_nothing, { roundupId, threadId }) => {
      dropCommentThread(queryClient, roundupId, threadId);
      void queryClient.invalidateQueries({ queryKey: queryKeys.roundups.comments(roundupId) });
    },
  });
}
