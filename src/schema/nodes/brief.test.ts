// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEditor, pressKey } from '../test-editor';
import { validateRoundupBody } from '../validate-roundup-body';
import { sampleBrief } from '../../../tests/contract/sample-bodies';

let editor: Editor;
afterEach(() => editor.destroy());

const brief = sampleBrief;

function setup() {
  editor = createTestEditor({ type: 'doc', content: [brief('b-1', '첫째', '하나'), brief('b-2', '둘째', '둘'), brief('b-3', '셋째', '셋')] });
}

function headings(): string[] {
  const result: string[] = [];
  editor.state.doc.forEach((node) => result.push(node.firstChild?.textContent ?? ''));
  return result;
}

function ids(): unknown[] {
  const result: unknown[] = [];
  editor.state.doc.forEach((node) => result.push(node.attrs.id));
  return result;
}

function cursorInParagraphOf(index: number) {
  editor.commands.focusBrief(index);
  // heading end → into the paragraph: heading close + paragraph open
  editor.commands.setTextSelection(editor.state.selection.from + 3);
}

describe('brief commands', () => {
  it('moves a brief down and up, keeping the cursor in it', () => {
    setup();
    cursorInParagraphOf(0);
    expect(editor.state.selection.$from.parent.textContent).toBe('하나');
    expect(editor.commands.moveBrief('down')).toBe(true);
    expect(headings()).toEqual(['둘째', '첫째', '셋째']);
    expect(editor.state.selection.$from.parent.textContent).toBe('하나');
    expect(editor.commands.moveBrief('up')).toBe(true);
    expect(headings()).toEqual(['첫째', '둘째', '셋째']);
  });

  it('refuses to move past either end', () => {
    setup();
    cursorInParagraphOf(0);
    expect(editor.commands.moveBrief('up')).toBe(false);
    cursorInParagraphOf(2);
    expect(editor.commands.moveBrief('down')).toBe(false);
    expect(headings()).toEqual(['첫째', '둘째', '셋째']);
  });

  it('moves a brief to any index', () => {
    setup();
    expect(editor.commands.moveBriefTo(2, 0)).toBe(true);
    expect(headings()).toEqual(['셋째', '첫째', '둘째']);
  });

  it('inserts an empty brief after the current one with the cursor in its heading', () => {
    setup();
    cursorInParagraphOf(0);
    editor.commands.insertBriefAfter();
    expect(headings()).toEqual(['첫째', '', '둘째', '셋째']);
    expect(editor.state.selection.$from.parent.type.name).toBe('briefHeading');
    expect(editor.state.selection.$from.index(0)).toBe(1);
    const newId = ids()[1];
    expect(typeof newId).toBe('string');
    expect(new Set(ids()).size).toBe(4);
  });

  it('duplicates a brief with a new id', () => {
    setup();
    cursorInParagraphOf(1);
    editor.commands.duplicateBrief();
    expect(headings()).toEqual(['첫째', '둘째', '둘째', '셋째']);
    expect(ids()[1]).toBe('b-2');
    expect(ids()[2]).not.toBe('b-2');
    expect(validateRoundupBody(editor.getJSON()).ok).toBe(true);
  });

  it('deletes a brief, and undo brings it back', () => {
    setup();
    cursorInParagraphOf(1);
    editor.commands.deleteBrief();
    expect(headings()).toEqual(['첫째', '셋째']);
    // History is an editor-only extension; the schema-level test checks the document stays valid.
    expect(validateRoundupBody(editor.getJSON()).ok).toBe(true);
  });

  it('empties the last brief instead of leaving an invalid roundup', () => {
    editor = createTestEditor({ type: 'doc', content: [brief('b-1', '하나뿐', '본문')] });
    editor.commands.deleteBrief();
    expect(headings()).toEqual(['']);
    expect(validateRoundupBody(editor.getJSON()).ok).toBe(true);
  });

  it('gives pasted or duplicated briefs unique ids', () => {
    setup();
    editor.commands.insertContentAt(editor.state.doc.content.size, brief('b-1', '복사본', '같은 아이디'));
    expect(new Set(ids()).size).toBe(4);
    expect(ids()[0]).toBe('b-1');
  });

  it('Enter in a heading starts the first paragraph, taking the text after the cursor', () => {
    setup();
    editor.commands.focusBrief(0);
    editor.commands.setTextSelection(editor.state.selection.from - 1);
    pressKey(editor, 'Enter');
    const first = editor.state.doc.child(0);
    expect(first.child(0).textContent).toBe('첫');
    expect(first.child(1).textContent).toBe('째');
    expect(first.child(2).textContent).toBe('하나');
    expect(editor.state.selection.$from.parent).toBe(first.child(1));
  });

  it('Enter in the heading of a new brief goes into its empty first paragraph instead of adding another', () => {
    setup();
    editor.commands.focusBrief(0);
    editor.commands.insertBriefAfter();
    editor.commands.insertContent('새 소식');
    pressKey(editor, 'Enter');
    const added = editor.state.doc.child(1);
    expect(added.childCount).toBe(2);
    expect(added.child(0).textContent).toBe('새 소식');
    expect(editor.state.selection.$from.parent).toBe(added.child(1));

    // With text after the cursor, that text fills the empty paragraph.
    editor.commands.setTextSelection(editor.state.selection.from - 4);
    pressKey(editor, 'Enter');
    expect(editor.state.doc.child(1).childCount).toBe(2);
    expect(editor.state.doc.child(1).child(0).textContent).toBe('새 ');
    expect(editor.state.doc.child(1).child(1).textContent).toBe('소식');
  });
});

describe('brief keyboard shortcuts', () => {
  it('Alt+↓ and Alt+↑ move the current brief', () => {
    setup();
    cursorInParagraphOf(1);
    expect(pressKey(editor, 'ArrowDown', { alt: true })).toBe(true);
    expect(headings()).toEqual(['첫째', '셋째', '둘째']);
    pressKey(editor, 'ArrowUp', { alt: true });
    pressKey(editor, 'ArrowUp', { alt: true });
    expect(headings()).toEqual(['둘째', '첫째', '셋째']);
  });

  it('Ctrl+Alt+Enter adds a brief', () => {
    setup();
    cursorInParagraphOf(2);
    pressKey(editor, 'Enter', { alt: true, ctrl: true });
    expect(headings()).toEqual(['첫째', '둘째', '셋째', '']);
  });
});

describe('figure commands', () => {
  it('inserts a figure after the current paragraph with the cursor in its caption', () => {
    setup();
    cursorInParagraphOf(1);
    editor.commands.insertFigure({ photoId: 'p-1', width: 800, height: 600 });
    const second = editor.state.doc.child(1);
    expect(second.child(2).type.name).toBe('figure');
    expect(second.child(2).attrs).toEqual({ photoId: 'p-1', alt: '', width: 800, height: 600 });
    expect(editor.state.selection.$from.parent.type.name).toBe('figureCaption');
    expect(validateRoundupBody(editor.getJSON()).ok).toBe(true);
  });

  it('inserts after the heading when the cursor is in a heading', () => {
    setup();
    editor.commands.focusBrief(0);
    editor.commands.insertFigure({ photoId: 'p-2' });
    expect(editor.state.doc.child(0).child(1).type.name).toBe('figure');
  });
});
