import type { Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { useCallback, useState, useSyncExternalStore } from 'react';

/**
 * The last selection, reused while neither the state nor the selector changed, and kept (by identity) when a new
 * one is equal to it: React compares snapshots with `Object.is` and would re-render, or loop, on a fresh equal one.
 */
class SelectionMemo<Selected> {
  private last: { state: EditorState; selector: (state: EditorState) => Selected; selected: Selected } | null = null;

  select(state: EditorState, selector: (state: EditorState) => Selected, isEqual: (a: Selected, b: Selected) => boolean): Selected {
    const last = this.last;
    if (last !== null && last.state === state && last.selector === selector) return last.selected;
    const next = selector(state);
    const selected = last !== null && isEqual(last.selected, next) ? last.selected : next;
    this.last = { state, selector, selected };
    return selected;
  }
}

/**
 * A value derived from the editor state, kept current: the component re-renders after a transaction only when the
 * value changed under `isEqual`, never merely because the editor did. `selector` must be a pure function of the state.
 */
export function useEditorSelector<Selected>(
  editor: Editor,
  selector: (state: EditorState) => Selected,
  isEqual: (a: Selected, b: Selected) => boolean = Object.is,
): Selected {
  const [memo] = useState(() => new SelectionMemo<Selected>());
  const subscribe = useCallback(
    (onChange: () => void) => {
      editor.on('transaction', onChange);
      return () => {
        editor.off('transaction', onChange);
      };
    },
    [editor],
  );
  return useSyncExternalStore(subscribe, () => memo.select(editor.state, selector, isEqual));
}
