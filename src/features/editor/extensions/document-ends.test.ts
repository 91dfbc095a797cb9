// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { Selection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { roundupExtensions } from '@/schema/extensions';
import { sampleBodies } from '../../../../tests/contract/sample-bodies';
import { DocumentEnds } from './document-ends';

let editor: Editor;
afterEach(() => editor.destroy());

function press(key: 'Home' | 'End', shift = false): boolean {
  const event = new KeyboardEvent('keydown', { key, ctrlKey: true, shiftKey: shift, bubbles: true, cancelable: true });
  editor.view.dom.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('DocumentEnds', () => {
  it('Ctrl+End and Ctrl+Home put the caret at the ends of the whole roundup; with Shift they select from the caret', () => {
    editor = new Editor({ extensions: [...roundupExtensions, DocumentEnds], content: sampleBodies.valid('본문', 30) });
    editor.commands.focusBrief(3);
    const caret = editor.state.selection.head;
    const end = Selection.atEnd(editor.state.doc).head;

    expect(press('End')).toBe(true);
    expect([editor.state.selection.anchor, editor.state.selection.head]).toEqual([end, end]);
    expect(press('Home')).toBe(true);
    expect(editor.state.selection.head).toBe(Selection.atStart(editor.state.doc).head);

    editor.commands.focusBrief(3);
    press('End', true);
    expect([editor.state.selection.anchor, editor.state.selection.head]).toEqual([caret, end]);
    press('Home', true);
    expect(editor.state.selection.anchor).toBe(caret);
    expect(editor.state.selection.head).toBe(Selection.atStart(editor.state.doc).head);
  });
});
