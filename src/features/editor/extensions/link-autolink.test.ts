// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { Slice } from '@tiptap/pm/model';
import { afterEach, describe, expect, it } from 'vitest';
import { roundupExtensions } from '@/schema/extensions';
import { sampleBrief } from '../../../../tests/contract/sample-bodies';
import { LinkAutolink } from './link-autolink';

let editor: Editor;
afterEach(() => editor.destroy());

function setup(paragraph: string) {
  editor = new Editor({
    extensions: [...roundupExtensions, LinkAutolink],
    content: { type: 'doc', content: [sampleBrief('b-1', '소식', paragraph)] },
  });
}

/** The end of the paragraph's text. */
function paragraphEnd(): number {
  let end = 0;
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name === 'paragraph') end = pos + 1 + node.content.size;
  });
  return end;
}

/** Types at the cursor, one character a transaction, as the keyboard does. */
function type(text: string) {
  for (const character of text) editor.view.dispatch(editor.state.tr.insertText(character));
}

/** Each linked run of text with its href. */
function links(): [string, string][] {
  const found: [string, string][] = [];
  editor.state.doc.descendants((node) => {
    const link = node.marks.find((mark) => mark.type.name === 'link');
    if (node.isText && link !== undefined) found.push([node.text ?? '', String(link.attrs.href)]);
  });
  return found;
}

describe('auto-linking', () => {
  it('links an address once it is followed by a space, not while it is being typed', () => {
    setup('자세한 내용은 ');
    editor.commands.setTextSelection(paragraphEnd());
    type('https://www.gwangsan.go.kr');
    expect(links()).toEqual([]);
    type(' 참고');
    // Stored normalised, as the validator accepts it.
    expect(links()).toEqual([['https://www.gwangsan.go.kr', 'https://www.gwangsan.go.kr/']]);
  });

  it('links www addresses with https and leaves the Korean particle outside', () => {
    setup('');
    editor.commands.setTextSelection(paragraphEnd());
    type('www.newsis.com에서 ');
    expect(links()).toEqual([['www.newsis.com', 'https://www.newsis.com/']]);
  });

  it('links a pasted address right away, even with the cursor at its end', () => {
    setup('보도자료: ');
    const end = paragraphEnd();
    editor.view.dispatch(editor.state.tr.insertText('https://example.kr/a', end).setMeta('paste', true));
    expect(links()).toEqual([['https://example.kr/a', 'https://example.kr/a']]);
  });

  it('does not relink an address the reporter unlinked when typing elsewhere', () => {
    setup('https://example.kr 링크와 긴 문장이 이어진다');
    editor.commands.setTextSelection(paragraphEnd());
    type(' ');
    expect(links()).toEqual([]);
  });

  it('never overrides an existing link, even one covering part of the address', () => {
    setup('');
    const start = paragraphEnd();
    editor.commands.setTextSelection(start);
    type('https://example.kr');
    editor.chain().setTextSelection({ from: start, to: start + 8 }).setLink({ href: 'https://other.kr' }).run();
    editor.commands.setTextSelection(paragraphEnd());
    type(' ');
    expect(links()).toEqual([['https://', 'https://other.kr/']]);
  });
});

describe('link commands', () => {
  it('refuses a javascript: link and removes a link around the cursor', () => {
    setup('광산구 누리집');
    const end = paragraphEnd();
    editor.commands.setTextSelection({ from: end - 3, to: end });
    expect(editor.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
    expect(editor.commands.setLink({ href: ' HTTPS://www.Gwangsan.go.kr' })).toBe(true);
    expect(links()).toEqual([['누리집', 'https://www.gwangsan.go.kr/']]);
    editor.commands.setTextSelection(end - 1);
    editor.commands.unsetLink();
    expect(links()).toEqual([]);
  });

  it('keeps only the normalised href and drops a link to a refused scheme when parsing HTML', () => {
    setup('');
    editor.commands.setContent(
      '<section data-type="brief" data-id="b-1"><h2 data-type="brief-heading">소식</h2><p><a href="https://a.kr" target="_blank" rel="opener" class="overlay" title="t">좋은</a> <a href="javascript:alert(1)">나쁜</a></p></section>',
    );
    expect(links()).toEqual([['좋은', 'https://a.kr/']]);
    let mark: unknown;
    editor.state.doc.descendants((node) => {
      if (node.text === '좋은') mark = node.marks[0]?.toJSON();
    });
    expect(mark).toEqual({ type: 'link', attrs: { href: 'https://a.kr/' } });
  });
});

describe('pasting an address over selected text', () => {
  function paste(text: string): boolean {
    const event = new Event('paste');
    Object.defineProperty(event, 'clipboardData', { value: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
    return editor.view.someProp('handlePaste', (handle) => handle(editor.view, event as ClipboardEvent, Slice.empty)) ?? false;
  }

  it('links the selection instead of replacing it', () => {
    setup('광산구 누리집');
    const end = paragraphEnd();
    editor.commands.setTextSelection({ from: end - 3, to: end });
    expect(paste(' https://www.gwangsan.go.kr ')).toBe(true);
    expect(links()).toEqual([['누리집', 'https://www.gwangsan.go.kr/']]);
  });

  it('pastes normally when the clipboard is more than one address or nothing is selected', () => {
    setup('광산구 누리집');
    const end = paragraphEnd();
    editor.commands.setTextSelection({ from: end - 3, to: end });
    expect(paste('주소는 https://www.gwangsan.go.kr')).toBe(false);
    editor.commands.setTextSelection(end);
    expect(paste('https://www.gwangsan.go.kr')).toBe(false);
  });
});
