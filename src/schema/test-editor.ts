import { Editor, type JSONContent } from '@tiptap/core';
import { roundupExtensions } from './extensions';

/** A real headless editor over the shared extension list, for tests (needs a DOM environment). */
export function createTestEditor(content: JSONContent): Editor {
  return new Editor({ extensions: [...roundupExtensions], content });
}

/**
 * Sends a keydown through the editor's key handlers, as a keyboard would. (Tiptap's `keyboardShortcut` command
 * re-maps a captured multi-step transaction through its own steps and drops the later ones.)
 */
export function pressKey(editor: Editor, key: string, modifiers: { alt?: boolean; ctrl?: boolean; shift?: boolean } = {}): boolean {
  const event = new KeyboardEvent('keydown', {
    key,
    altKey: modifiers.alt ?? false,
    ctrlKey: modifiers.ctrl ?? false,
    shiftKey: modifiers.shift ?? false,
    bubbles: true,
    cancelable: true,
  });
  return editor.view.someProp('handleKeyDown', (handler) => handler(editor.view, event)) ?? false;
}
