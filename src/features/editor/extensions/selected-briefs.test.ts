// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { AllSelection, NodeSelection, TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { roundupExtensions } from '@/schema/extensions';
import { sampleBodies } from '../../../../tests/contract/sample-bodies';
import { SelectedBriefs, selectedBriefClass } from './selected-briefs';

let editor: Editor;
afterEach(() => editor.destroy());

function newEditor(briefs: number): Editor {
  return new Editor({ extensions: [...roundupExtensions, SelectedBriefs], content: sampleBodies.valid('본문', briefs) });
}

/** Which briefs (by index) carry the class in the editor's DOM. */
function selectedBriefs(): number[] {
  return [...editor.view.dom.children].flatMap((brief, index) => (brief.classList.contains(selectedBriefClass) ? [index] : []));
}

function briefStart(index: number): number {
  let start = 0;
  for (let brief = 0; brief < index; brief += 1) start += editor.state.doc.child(brief).nodeSize;
  return start;
}

describe('SelectedBriefs', () => {
  it('marks the brief with the caret, in the same update that moves it, and follows it', () => {
    editor = newEditor(4);
    editor.commands.focusBrief(2);
    expect(selectedBriefs()).toEqual([2]);
    editor.commands.insertContent('가나다');
    expect(selectedBriefs()).toEqual([2]);
    editor.commands.focusBrief(0);
    expect(selectedBriefs()).toEqual([0]);
  });

  it('marks a brief made by Ctrl+Alt+Enter at once, before anything is typed in it', () => {
    editor = newEditor(2);
    editor.commands.focusBrief(0);
    editor.commands.insertBriefAfter();
    expect(editor.state.doc.childCount).toBe(3);
    expect(selectedBriefs()).toEqual([1]);
  });

  it('marks both ends of a selection across briefs, and a brief selected whole', () => {
    editor = newEditor(5);
    const from = briefStart(1) + 3;
    const to = briefStart(3) + 3;
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)));
    expect(selectedBriefs()).toEqual([1, 3]);

    editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, briefStart(4))));
    expect(selectedBriefs()).toEqual([4]);

    editor.view.dispatch(editor.state.tr.setSelection(new AllSelection(editor.state.doc)));
    expect(selectedBriefs()).toEqual([0]);
  });

  it('keeps its marks when a transaction changes neither the text nor the selection', () => {
    editor = newEditor(3);
    editor.commands.focusBrief(1);
    const before = editor.view.dom.children[1];
    editor.view.dispatch(editor.state.tr.setMeta('unrelated', true));
    expect(selectedBriefs()).toEqual([1]);
    expect(editor.view.dom.children[1]).toBe(before);
  });
});
