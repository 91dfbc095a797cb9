import type { EditorState } from '@tiptap/pm/state';
import { maxQuoteLength, type CommentThread, type TextCommentTarget } from '@/contract/comment-endpoints';
import { textTargetFor } from '@/services/comment-anchor';
import { commentHighlightRanges } from '../extensions/comment-highlights';
import { findBriefLayout, positionsToTextRange } from './brief-text-positions';

export interface MovedCommentAnchor {
  threadId: string;
  target: TextCommentTarget;
}

function sameTarget(a: TextCommentTarget, b: TextCommentTarget): boolean {
  return a.briefId === b.briefId && a.quote === b.quote && a.start === b.start && a.prefix === b.prefix && a.suffix === b.suffix;
}

/**
 * The open text threads whose highlighted range in `state` no longer reads as their stored anchor (the quote, its
 * place or its context changed), with the anchor to store instead. A range that left its brief, vanished or grew
 * past the longest quote is left alone: the stored anchor is still the best description of it.
 */
export function movedCommentAnchors(state: EditorState, threads: readonly CommentThread[]): MovedCommentAnchor[] {
  const ranges = new Map(commentHighlightRanges(state).map((range) => [range.threadId, range]));
  const moved: MovedCommentAnchor[] = [];
  for (const thread of threads) {
    const range = ranges.get(thread.id);
    if (thread.resolved !== null || thread.target.kind !== 'text' || range === undefined) continue;
    const layout = findBriefLayout(state.doc, thread.target.briefId);
    if (layout === null || range.from <= layout.position || range.to >= layout.position + layout.node.nodeSize) continue;
    const { start, end } = positionsToTextRange(layout, range);
    if (end <= start || end - start > maxQuoteLength) continue;
    const target = textTargetFor(thread.target.briefId, layout.text, start, end);
    if (!sameTarget(target, thread.target)) moved.push({ threadId: thread.id, target });
  }
  return moved;
}
