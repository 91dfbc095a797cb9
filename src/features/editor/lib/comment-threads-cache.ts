import type { QueryClient } from '@tanstack/react-query';
import type { CommentThread, CommentThreadsResponse } from '@/contract/comment-endpoints';
import { queryKeys } from '@/lib/query-keys';

/**
 * Puts a thread the server answered with into the cached list, in place or appended. An answer older than the
 * cached thread (a slower request, or a live refetch that already brought a newer one) is ignored.
 */
export function storeCommentThread(queryClient: QueryClient, thread: CommentThread): void {
  queryClient.setQueryData<CommentThreadsResponse>(queryKeys.roundups.comments(thread.roundupId), (old) => {
    if (old === undefined) return old;
    const index = old.items.findIndex((item) => item.id === thread.id);
    if (index < 0) return { items: [...old.items, thread] };
    if (old.items[index]!.revision > thread.revision) return old;
    return { items: old.items.map((item, at) => (at === index ? thread : item)) };
  });
}

export function dropCommentThread(queryClient: QueryClient, roundupId: string, threadId: string): void {
  queryClient.setQueryData<CommentThreadsResponse>(queryKeys.roundups.comments(roundupId), (old) =>
    old === undefined ? old : { items: old.items.filter((item) => item.id !== threadId) },
  );
}
