import { useMutation, useQueryClient } from '@tanstack/react-query';
import { commentThreadSchema, type CommentThread, type CreateCommentThreadRequest } from '@/contract/comment-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { storeCommentThread } from '../lib/comment-threads-cache';

export interface CreateCommentThreadInput {
  roundupId: string;
  request: CreateCommentThreadRequest;
}

export function createCommentThread({ roundupId, request }: CreateCommentThreadInput): Promise<CommentThread> {
  return apiRequest(apiRoutes.roundupComments(roundupId), { method: 'POST', json: request, schema: commentThreadSchema });
}

export function useCreateCommentThread() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCommentThread,
    onSuccess: (thread) => {
      storeCommentThread(queryClient, thread);
      void queryClient.invalidateQueries({ queryKey: queryKeys.roundups.comments(thread.roundupId) });
    },
  });
}
