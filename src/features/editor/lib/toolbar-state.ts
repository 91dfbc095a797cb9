import type { MarkType } from '@tiptap/pm/model';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import type { EditorState } from '@tiptap/pm/state';
import { currentBriefIndex } from '@/schema/nodes/brief';
import { selectionTextTarget } from './selection-comment-target';

export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  link: boolean;
  canMark: boolean;
  canUndo: boolean;
  canRedo: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  canComment: boolean;
}

/** The whole selected text carries the mark; at a cursor, the mark the next character would get. */
function markActive(state: EditorState, type: MarkType | undefined): boolean {
  if (type === undefined) return false;
  const { selection } = state;
  if (selection.empty) return type.isInSet(state.storedMarks ?? selection.$from.marks()) !== undefined;
  let sawText = false;
  let everywhere = true;
  state.doc.nodesBetween(selection.from, selection.to, (node) => {
    if (!everywhere) return false;
    if (node.isText) {
      sawText = true;
      if (type.isInSet(node.marks) === undefined) everywhere = false;
    }
    return true;
  });
  return sawText && everywhere;
}

/** Some text block in the selection takes the mark (a caption or credit does not take bold). */
function markApplies(state: EditorState, type: MarkType | undefined): boolean {
  if (type === undefined) return false;
  const { selection } = state;
  if (selection.empty) return selection.$from.parent.inlineContent && selection.$from.parent.type.allowsMarkType(type);
  let applies = false;
  state.doc.nodesBetween(selection.from, selection.to, (node) => {
    if (applies) return false;
    if (node.inlineContent && node.type.allowsMarkType(type)) applies = true;
    return !node.isTextblock;
  });
  return applies;
}

/**
 * What the toolbar shows, read straight from the editor state. Runs after every transaction, so it stays cheap:
 * no command dry-runs (`editor.can()` builds a whole command chain for each question).
 */
export function toolbarState(state: EditorState, commentable: boolean): ToolbarState {
  const { marks } = state.schema;
  const index = currentBriefIndex(state);
  return {
    bold: markActive(state, marks.bold),
    italic: markActive(state, marks.italic),
    link: markActive(state, marks.link),
    canMark: markApplies(state, marks.bold),
    canUndo: undoDepth(state) > 0,
    canRedo: redoDepth(state) > 0,
    canMoveUp: index > 0,
    canMoveDown: index < state.doc.childCount - 1,
    canComment: commentable && !state.selection.empty && selectionTextTarget(state).kind === 'ready',
  };
}
