import { NodeSelection, type EditorState } from '@tiptap/pm/state';
import { maxQuoteLength, type CommentTarget, type TextCommentTarget } from '@/contract/comment-endpoints';
import { textTargetFor } from '@/services/comment-anchor';
import { briefLayoutAt, positionsToTextRange } from './brief-text-positions';

export type PhotoCommentTarget = Extract<CommentTarget, { kind: 'photo' }>;

/** What a new comment on the selection would be about, or why there is nothing to comment on. */
export type SelectionTextTarget =
  | { kind: 'ready'; target: TextCommentTarget }
  | { kind: 'unavailable'; reason: 'empty' | 'twoBriefs' | 'tooLong' };

export function selectionTextTarget(state: EditorState): SelectionTextTarget {
  const { selection, doc } = state;
  if (selection.empty || selection instanceof NodeSelection) return { kind: 'unavailable', reason: 'empty' };
  if (selection.$from.index(0) !== selection.$to.index(0)) return { kind: 'unavailable', reason: 'twoBriefs' };
  const layout = briefLayoutAt(doc, selection.from);
  if (layout === null) return { kind: 'unavailable', reason: 'empty' };
  const { start, end } = positionsToTextRange(layout, selection);
  if (end <= start || layout.text.slice(start, end).trim() === '') return { kind: 'unavailable', reason: 'empty' };
  if (end - start > maxQuoteLength) return { kind: 'unavailable', reason: 'tooLong' };
  return { kind: 'ready', target: textTargetFor(layout.briefId, layout.text, start, end) };
}

/** The photo that is selected, or whose caption or credit holds the caret; null when there is none (or no image yet). */
export function selectionPhotoTarget(state: EditorState): PhotoCommentTarget | null {
  const { selection } = state;
  const briefId: unknown = selection.$from.node(Math.min(1, selection.$from.depth))?.attrs.id;
  let figure = selection instanceof NodeSelection && selection.node.type.name === 'figure' ? selection.node : null;
  for (let depth = selection.$from.depth; figure === null && depth > 0; depth -= 1) {
    const node = selection.$from.node(depth);
    if (node.type.name === 'figure') figure = node;
  }
  const photoId: unknown = figure?.attrs.photoId;
  if (typeof photoId !== 'string' || photoId === '' || typeof briefId !== 'string') return null;
  return { kind: 'photo', briefId, photoId };
}
