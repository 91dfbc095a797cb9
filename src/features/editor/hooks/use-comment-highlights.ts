import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useRef } from 'react';
import type { CommentThread } from '@/contract/comment-endpoints';
import { commentHighlightClickEvent, isCommentHighlightClick } from '../extensions/comment-highlights';

interface CommentHighlightOptions {
  threads: readonly CommentThread[] | undefined;
  activeThreadId: string | null;
  /** A highlight in the text was clicked. */
  onSelect: (threadId: string) => void;
}

/**
 * Keeps the editor's comment highlights in step with the threads the server holds and the one selected in the
 * panel. `refresh` finds every anchor again, for when the whole document was replaced.
 */
export function useCommentHighlights(editor: Editor, { threads, activeThreadId, onSelect }: CommentHighlightOptions) {
  const selectRef = useRef(onSelect);
  useEffect(() => {
    selectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    if (threads !== undefined && !editor.isDestroyed) editor.commands.setCommentThreads(threads);
  }, [editor, threads]);

  useEffect(() => {
    if (!editor.isDestroyed) editor.commands.setActiveCommentThread(activeThreadId);
  }, [editor, activeThreadId]);

  useEffect(() => {
    const dom = editor.view.dom;
    function clicked(event: Event) {
      if (isCommentHighlightClick(event)) selectRef.current(event.detail.threadId);
    }
    dom.addEventListener(commentHighlightClickEvent, clicked);
    return () => dom.removeEventListener(commentHighlightClickEvent, clicked);
  }, [editor]);

  const refresh = useCallback(() => {
    if (threads !== undefined && !editor.isDestroyed) editor.commands.setCommentThreads(threads, { fresh: true });
  }, [editor, threads]);

  return { refresh };
}
