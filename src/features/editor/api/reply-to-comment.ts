import { useMutation, useQueryClient } from '@tanstack/react-query';
import { commentThreadSchema, type CommentThread, type ReplyToCommentRequest } from '@/contract/comment-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { storeCommentThread } from '../lib/comment-threads-cache';

export interface ReplyToCommentInput {
  roundupId: string;
  threadId: string;
  request: ReplyToCommentRequest;
}

export function replyToComment({ roundupId, threadId, request }: ReplyToCommentInput): Promise<CommentThread> {
  return apiRequest(apiRoutes.roundupCommentReplies(roundupId, threadId), { method: 'POST', json: request, schema: commentThreadSchema });
}

export function useReplyToComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replyToComment,
    onSuccess: (thread) => {
      storeCommentThread(queryClient, thread);
      void queryClient.invalidateQueries({ queryKey: queryKeys.roundups.comments(thread.roundupId) });
    },
  });
}
