import { useMutation, useQueryClient } from '@tanstack/react-query';
import { commentThreadSchema, type CommentThread } from '@/contract/comment-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { storeCommentThread } from '../lib/comment-threads-cache';

export interface ResolveCommentThreadInput {
  roundupId: string;
  threadId: string;
  /** True resolves the thread, false reopens it. */
  resolved: boolean;
}

export function resolveCommentThread({ roundupId, threadId, resolved }: ResolveCommentThreadInput): Promise<CommentThread> {
  const path = resolved ? apiRoutes.roundupCommentResolve(roundupId, threadId) : apiRoutes.roundupCommentReopen(roundupId, threadId);
  return apiRequest(path, { method: 'POST', schema: commentThreadSchema });
}

/** Resolves or reopens a thread. */
export function useResolveCommentThread() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resolveCommentThread,
    onSuccess: (thread) => {
      storeCommentThread(queryClient, thread);
      void queryClient.invalidateQueries({ queryKey: queryKeys.roundups.comments(thread.roundupId) });
    },
  });
}
