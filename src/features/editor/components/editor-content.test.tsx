// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { Editor } from '@tiptap/core';
import { StrictMode, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { roundupExtensions } from '@/schema/extensions';
import { sampleBodies } from '../../../../tests/contract/sample-bodies';
import { EditorContent } from './editor-content';

let editor: Editor;
afterEach(() => editor.destroy());

function newEditor(): Editor {
  return new Editor({
    extensions: [...roundupExtensions],
    content: sampleBodies.valid('본문'),
    editorProps: { attributes: { 'aria-label': '본문 편집' } },
  });
}

describe('EditorContent', () => {
  it("shows the editor's own view in the div it renders, through StrictMode's re-mount", () => {
    editor = newEditor();
    const view = render(
      <StrictMode>
        <EditorContent editor={editor} className="surface" />
      </StrictMode>,
    );
    const textbox = screen.getByRole('textbox', { name: '본문 편집' });
    expect(textbox).toBe(editor.view.dom);
    expect(textbox.parentElement).toHaveClass('surface');
    expect(textbox).toHaveTextContent('본문 1');
    expect(view.container.querySelectorAll('.ProseMirror')).toHaveLength(1);
  });

  it('keeps the view when the component re-renders, and the edits made in it', () => {
    editor = newEditor();
    let rerenderParent: () => void = () => undefined;
    function Parent() {
      const [count, setCount] = useState(0);
      rerenderParent = () => setCount(count + 1);
      return (
        <div data-count={count}>
          <EditorContent editor={editor} />
        </div>
      );
    }
    render(<Parent />);
    const textbox = screen.getByRole('textbox', { name: '본문 편집' });
    editor.commands.insertContentAt(editor.state.doc.content.size - 2, ' 추가');
    rerenderParent();
    expect(screen.getByRole('textbox', { name: '본문 편집' })).toBe(textbox);
    expect(textbox).toHaveTextContent('본문 1 추가');
  });

  it('takes the view out on unmount, leaving the editor usable for the next mount', () => {
    editor = newEditor();
    const first = render(<EditorContent editor={editor} />);
    first.unmount();
    expect(editor.view.dom.isConnected).toBe(false);
    editor.commands.insertContentAt(editor.state.doc.content.size - 2, '!');

    render(<EditorContent editor={editor} />);
    expect(screen.getByRole('textbox', { name: '본문 편집' })).toHaveTextContent('본문 1!');
  });
});
