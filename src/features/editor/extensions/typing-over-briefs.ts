import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';

/** Whether the selection covers text in more than one brief. */
export function selectionSpansBriefs(state: EditorState): boolean {
  const { $from, $to, empty } = state.selection;
  return !empty && $from.index(0) !== $to.index(0);
}

/**
 * Typing over a selection that runs across briefs: the editor replaces the selection with the text itself. Left to
 * the browser, the deletion happened in the page (across the briefs' gutters) and the editor read the result back as
 * an extra brief holding what was typed. Compositions (Hangul) are not cancellable and need no help: Chromium's
 * composition start is read back correctly (tests/e2e/ime/keys.spec.ts).
 */
export const TypingOverBriefs = Extension.create({
  name: 'typingOverBriefs',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('typingOverBriefs'),
        props: {
          handleDOMEvents: {
            beforeinput: (view, event) => {
              if (event.inputType !== 'insertText' || event.data === null || !view.editable) return false;
              if (!selectionSpansBriefs(view.state)) return false;
              event.preventDefault();
              view.dispatch(view.state.tr.insertText(event.data).scrollIntoView());
              return true;
            },
          },
        },
      }),
    ];
  },
});
