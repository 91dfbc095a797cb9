import { useMutation, useQueryClient } from '@tanstack/react-query';
import { commentThreadSchema, type CommentThread, type TextCommentTarget } from '@/contract/comment-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { storeCommentThread } from '../lib/comment-threads-cache';

export interface MoveCommentAnchorInput {
  roundupId: string;
  threadId: string;
  target: TextCommentTarget;
}

export function moveCommentAnchor({ roundupId, threadId, target }: MoveCommentAnchorInput): Promise<CommentThread> {
  return apiRequest(apiRoutes.roundupCommentAnchor(roundupId, threadId), { method: 'PUT', json: { target }, schema: commentThreadSchema });
}

/** Stores where a text anchor lies after the text was edited; only the cached thread changes, nothing refetches. */
export function useMoveCommentAnchor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveCommentAnchor,
    onSuccess: (thread) => storeCommentThread(queryClient, thread),
  });
}
