import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

const listenersByEditor = new WeakMap<Editor, Set<() => void>>();

function listenersOf(editor: Editor): Set<() => void> {
  let listeners = listenersByEditor.get(editor);
  if (listeners === undefined) {
    listeners = new Set();
    listenersByEditor.set(editor, listeners);
  }
  return listeners;
}

/**
 * Calls `listener` each time the editor turns editable or read-only (the `EditableChanges` extension must be
 * installed). Returns the unsubscribe function.
 */
export function subscribeToEditableChanges(editor: Editor, listener: () => void): () => void {
  const listeners = listenersOf(editor);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Tells node views when editability changes. Neither ProseMirror nor Tiptap has an event for it, and a node view is
 * not redrawn when only the `editable` prop changes, so controls that exist only while editing would go stale.
 */
export const EditableChanges = Extension.create({
  name: 'editableChanges',

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('editableChanges'),
        view: (view) => {
          let editable = view.editable;
          return {
            update: (updated) => {
              if (updated.editable === editable) return;
              editable = updated.editable;
              for (const listener of listenersOf(editor)) listener();
            },
          };
        },
      }),
    ];
  },
});
