// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { UndoRedo } from '@tiptap/extensions';
import { afterEach, describe, expect, it } from 'vitest';
import { roundupExtensions } from '@/schema/extensions';
import { toolbarState } from './toolbar-state';

let editor: Editor;
afterEach(() => editor.destroy());

const body = {
  type: 'doc',
  content: [
    {
      type: 'brief',
      attrs: { id: 'b-1' },
      content: [
        { type: 'briefHeading', content: [{ type: 'text', text: '광산구 소식' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '광산구는 ' },
            { type: 'text', text: '굵은 글', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' 다음 ' },
            { type: 'text', text: '링크', marks: [{ type: 'link', attrs: { href: 'https://a.kr' } }, { type: 'italic' }] },
          ],
        },
        {
          type: 'figure',
          attrs: { src: null, alt: '' },
          content: [
            { type: 'figureCaption', content: [{ type: 'text', text: '사진 설명' }] },
            { type: 'figureCredit', content: [{ type: 'text', text: '광산구 제공' }] },
          ],
        },
      ],
    },
    { type: 'brief', attrs: { id: 'b-2' }, content: [{ type: 'briefHeading', content: [{ type: 'text', text: '둘째' }] }] },
  ],
};

/** The position just before the first occurrence of `text`, plus `offset`. */
function at(text: string, offset = 0): number {
  let found = -1;
  editor.state.doc.descendants((node, pos) => {
    const index = node.isText ? (node.text ?? '').indexOf(text) : -1;
    if (found < 0 && index >= 0) found = pos + index;
  });
  if (found < 0) throw new Error(`no "${text}"`);
  return found + offset;
}

/** What Tiptap's own (slower) checks say, the reference the toolbar state must agree with. */
function reference() {
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    link: editor.isActive('link'),
    canMark: editor.can().toggleBold(),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

function fast() {
  const { bold, italic, link, canMark, canUndo, canRedo } = toolbarState(editor.state, true);
  return { bold, italic, link, canMark, canUndo, canRedo };
}

describe('toolbarState', () => {
  it.each([
    ['a cursor in plain text', () => at('광산구는', 2)],
    ['a cursor inside bold text', () => at('굵은', 1)],
    ['a cursor inside an italic link', () => at('링크', 1)],
    ['a cursor in a caption', () => at('사진', 1)],
    ['a cursor in a credit', () => at('광산구 제공', 2)],
    ['a cursor in a heading', () => at('둘째', 1)],
    ['bold text selected', () => ({ from: at('굵은'), to: at('굵은', 4) })],
    ['bold and plain text selected', () => ({ from: at('광산구는'), to: at('굵은', 2) })],
    ['the link selected', () => ({ from: at('링크'), to: at('링크', 2) })],
    ['a caption selected', () => ({ from: at('사진'), to: at('사진', 5) })],
    ['a selection across the heading and the paragraph', () => ({ from: at('소식'), to: at('광산구는', 3) })],
  ])('agrees with Tiptap for %s', (_name, selection) => {
    editor = new Editor({ extensions: [...roundupExtensions, UndoRedo], content: body });
    editor.commands.setTextSelection(selection());
    expect(fast()).toEqual(reference());
  });

  it('follows history and stored marks', () => {
    editor = new Editor({ extensions: [...roundupExtensions, UndoRedo], content: body });
    editor.commands.setTextSelection(at('광산구는', 2));
    expect(fast()).toMatchObject({ canUndo: false, canRedo: false, bold: false });
    editor.commands.toggleBold();
    expect(fast()).toEqual(reference());
    expect(fast().bold).toBe(true);
    editor.commands.insertContent('새 글');
    expect(fast()).toMatchObject({ canUndo: true, canRedo: false });
    editor.commands.undo();
    expect(fast()).toEqual(reference());
    expect(fast().canRedo).toBe(true);
  });

  it('knows where the brief is and whether the selection can take a comment', () => {
    editor = new Editor({ extensions: [...roundupExtensions, UndoRedo], content: body });
    editor.commands.setTextSelection(at('광산구는', 2));
    expect(toolbarState(editor.state, true)).toMatchObject({ canMoveUp: false, canMoveDown: true, canComment: false });
    editor.commands.setTextSelection({ from: at('광산구는'), to: at('광산구는', 3) });
    expect(toolbarState(editor.state, true).canComment).toBe(true);
    expect(toolbarState(editor.state, false).canComment).toBe(false);
    editor.commands.setTextSelection(at('둘째', 1));
    expect(toolbarState(editor.state, true)).toMatchObject({ canMoveUp: true, canMoveDown: false });
  });
});
