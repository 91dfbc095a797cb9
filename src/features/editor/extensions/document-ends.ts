import { Extension, isMacOS, type Editor } from '@tiptap/core';
import { Selection, TextSelection } from '@tiptap/pm/state';

/** Puts the caret at the start or end of the whole roundup, or stretches the selection there. */
function goToEnd(editor: Editor, end: 'start' | 'end', extend: boolean): boolean {
  const { state, view } = editor;
  const target = end === 'start' ? Selection.atStart(state.doc) : Selection.atEnd(state.doc);
  const selection = extend ? TextSelection.between(state.selection.$anchor, target.$head) : target;
  view.dispatch(state.tr.setSelection(selection).scrollIntoView());
  return true;
}

/**
 * Ctrl+Home / Ctrl+End (⌘↑ / ⌘↓ on a Mac), with Shift to select, go to the ends of the whole roundup. The browser's
 * own handling stops at the last brief it has drawn: briefs off screen skip rendering (`content-visibility`), and
 * caret movement skips what is not rendered, so in a long roundup Ctrl+End landed in the middle.
 */
export const DocumentEnds = Extension.create({
  name: 'documentEnds',

  addKeyboardShortcuts() {
    const shortcuts: Record<string, () => boolean> = {
      'Mod-Home': () => goToEnd(this.editor, 'start', false),
      'Mod-End': () => goToEnd(this.editor, 'end', false),
      'Shift-Mod-Home': () => goToEnd(this.editor, 'start', true),
      'Shift-Mod-End': () => goToEnd(this.editor, 'end', true),
    };
    if (isMacOS()) {
      shortcuts['Mod-ArrowUp'] = () => goToEnd(this.editor, 'start', false);
      shortcuts['Mod-ArrowDown'] = () => goToEnd(this.editor, 'end', false);
      shortcuts['Shift-Mod-ArrowUp'] = () => goToEnd(this.editor, 'start', true);
      shortcuts['Shift-Mod-ArrowDown'] = () => goToEnd(this.editor, 'end', true);
    }
    return shortcuts;
  },
});
