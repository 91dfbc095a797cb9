import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import type { CommentThread } from '@/contract/comment-endpoints';
import { resolveTextAnchor } from '@/services/comment-anchor';
import { commentHighlightRanges } from '../extensions/comment-highlights';
import { findBriefLayout, textRangeToPositions } from './brief-text-positions';

/** Where a thread's target is in the document now: its brief's index and the range to scroll to. */
export interface CommentThreadPlace {
  briefIndex: number;
  from: number;
  to: number;
  /** The range is a whole node (a brief or a photo), not text. */
  node: boolean;
}

export type DetachedReason = 'brief' | 'photo' | 'text';

export type CommentThreadLocation = { kind: 'placed'; place: CommentThreadPlace } | { kind: 'detached'; reason: DetachedReason };

function briefIndexOf(doc: ProseMirrorNode, briefId: string): { index: number; position: number; node: ProseMirrorNode } | null {
  let found: { index: number; position: number; node: ProseMirrorNode } | null = null;
  doc.forEach((node, position, index) => {
    if (found === null && node.attrs.id === briefId) found = { index, position, node };
  });
  return found;
}

/**
 * Where a thread belongs now. An open text thread is where its highlight followed the text to; a resolved one (not
 * highlighted) is found again from its stored anchor. A target whose brief, photo or text is gone is detached.
 */
export function locateCommentThread(
  state: EditorState,
  thread: CommentThread,
  highlighted: ReadonlyMap<string, { from: number; to: number }> = new Map(
    commentHighlightRanges(state).map((range) => [range.threadId, range]),
  ),
): CommentThreadLocation {
  const { target } = thread;
  const brief = briefIndexOf(state.doc, target.briefId);
  if (brief === null) return { kind: 'detached', reason: 'brief' };
  if (target.kind === 'brief') {
    return { kind: 'placed', place: { briefIndex: brief.index, from: brief.position, to: brief.position + brief.node.nodeSize, node: true } };
  }
  if (target.kind === 'photo') {
    let place: CommentThreadPlace | null = null;
    brief.node.forEach((child, offset) => {
      if (place === null && child.type.name === 'figure' && child.attrs.photoId === target.photoId) {
        const from = brief.position + 1 + offset;
        place = { briefIndex: brief.index, from, to: from + child.nodeSize, node: true };
      }
    });
    return place === null ? { kind: 'detached', reason: 'photo' } : { kind: 'placed', place };
  }
  const range = highlighted.get(thread.id);
  if (range !== undefined) return { kind: 'placed', place: { briefIndex: brief.index, ...range, node: false } };
  const layout = findBriefLayout(state.doc, target.briefId);
  const found = layout === null ? null : resolveTextAnchor(layout.text, target);
  if (layout === null || found === null || found.start >= found.end) return { kind: 'detached', reason: 'text' };
  return { kind: 'placed', place: { briefIndex: brief.index, ...textRangeToPositions(layout, found), node: false } };
}
