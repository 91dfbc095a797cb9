// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { Selection, TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { roundupExtensions } from '@/schema/extensions';
import { sampleBodies } from '../../../../tests/contract/sample-bodies';
import { selectionSpansBriefs, TypingOverBriefs } from './typing-over-briefs';

let editor: Editor;
afterEach(() => editor.destroy());

function type(text: string): InputEvent {
  const event = new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true });
  editor.view.dom.dispatchEvent(event);
  return event;
}

function select(from: number, to: number) {
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)));
}

describe('TypingOverBriefs', () => {
  it('replaces a selection across briefs with the typed text, in the editor, leaving one brief', () => {
    editor = new Editor({ extensions: [...roundupExtensions, TypingOverBriefs], content: sampleBodies.valid('본문', 3) });
    const heading = editor.state.doc.child(0).child(0).textContent;
    select(4, Selection.atEnd(editor.state.doc).head);
    expect(selectionSpansBriefs(editor.state)).toBe(true);
    const event = type('만');
    expect(event.defaultPrevented).toBe(true);
    expect(editor.state.doc.childCount).toBe(1);
    expect(editor.state.doc.child(0).child(0).textContent).toBe(`${heading.slice(0, 2)}만`);
    expect(editor.state.selection.empty).toBe(true);
  });

  it('leaves typing inside one brief, and read-only editors, to the browser', () => {
    editor = new Editor({ extensions: [...roundupExtensions, TypingOverBriefs], content: sampleBodies.valid('본문', 3) });
    select(3, 5);
    expect(selectionSpansBriefs(editor.state)).toBe(false);
    expect(type('만').defaultPrevented).toBe(false);

    select(4, Selection.atEnd(editor.state.doc).head);
    editor.setEditable(false);
    expect(type('만').defaultPrevented).toBe(false);
    expect(editor.state.doc.childCount).toBe(3);
  });
});
