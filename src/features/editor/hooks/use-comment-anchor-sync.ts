import { useQueryClient } from '@tanstack/react-query';
import type { EditorState } from '@tiptap/pm/state';
import { useCallback, useRef } from 'react';
import type { CommentThreadsResponse } from '@/contract/comment-endpoints';
import { queryKeys } from '@/lib/query-keys';
import { useMoveCommentAnchor } from '../api/move-comment-anchor';
import { movedCommentAnchors } from '../lib/moved-comment-anchors';

/**
 * After a save, tells the server where text anchors went: for each open text thread whose highlight no longer reads
 * as its stored anchor in the saved document, one PUT (none while the previous one for that thread is under way; a
 * failed one is tried again after the next save).
 */
export function useCommentAnchorSync(roundupId: string): (saved: EditorState) => void {
  const queryClient = useQueryClient();
  const { mutateAsync: move } = useMoveCommentAnchor();
  const moving = useRef(new Set<string>());
  return useCallback(
    (saved: EditorState) => {
      const threads = queryClient.getQueryData<CommentThreadsResponse>(queryKeys.roundups.comments(roundupId))?.items ?? [];
      for (const { threadId, target } of movedCommentAnchors(saved, threads)) {
        if (moving.current.has(threadId)) continue;
        moving.current.add(threadId);
        move({ roundupId, threadId, target })
          .catch(() => undefined)
          .finally(() => moving.current.delete(threadId));
      }
    },
    [move, queryClient, roundupId],
  );
}
