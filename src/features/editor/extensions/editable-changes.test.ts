// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { roundupExtensions } from '@/schema/extensions';
import { EditableChanges, subscribeToEditableChanges } from './editable-changes';

let editor: Editor;
afterEach(() => editor.destroy());

describe('EditableChanges', () => {
  it('tells subscribers each time the editor turns read-only or editable, and only then', () => {
    editor = new Editor({ extensions: [...roundupExtensions, EditableChanges] });
    const seen: boolean[] = [];
    const unsubscribe = subscribeToEditableChanges(editor, () => seen.push(editor.isEditable));

    editor.setEditable(false, false);
    editor.setEditable(false, false);
    editor.commands.insertContent('가');
    editor.setEditable(true, false);
    expect(seen).toEqual([false, true]);

    unsubscribe();
    editor.setEditable(false, false);
    expect(seen).toEqual([false, true]);
  });

  it('keeps the subscribers of different editors apart', () => {
    editor = new Editor({ extensions: [...roundupExtensions, EditableChanges] });
    const other = new Editor({ extensions: [...roundupExtensions, EditableChanges] });
    let calls = 0;
    subscribeToEditableChanges(other, () => (calls += 1));
    editor.setEditable(false, false);
    expect(calls).toBe(0);
    other.destroy();
  });
});
