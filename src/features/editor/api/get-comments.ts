import { queryOptions, useQuery } from '@tanstack/react-query';
import { commentThreadsResponseSchema, type CommentThreadsResponse } from '@/contract/comment-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getCommentThreads(roundupId: string, signal?: AbortSignal): Promise<CommentThreadsResponse> {
  return apiRequest(apiRoutes.roundupComments(roundupId), { schema: commentThreadsResponseSchema, signal });
}

export function commentThreadsQueryOptions(roundupId: string) {
  return queryOptions({
    queryKey: queryKeys.roundups.comments(roundupId),
    queryFn: ({ signal }) => getCommentThreads(roundupId, signal),
  });
}

/** Every thread of the roundup, resolved ones included; refreshed live when someone comments. */
export function useCommentThreads(roundupId: string) {
  return useQuery(commentThreadsQueryOptions(roundupId));
}
