// @vitest-environment jsdom
import type { JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { gwangjuRoundupBody } from './demo/gwangju-roundup';
import { createTestEditor } from './test-editor';
import { validateRoundupBody } from './validate-roundup-body';
import type { Editor } from '@tiptap/core';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function roundTrip(content: JSONContent): JSONContent {
  editor = createTestEditor(content);
  return editor.getJSON();
}

function roundTripHtml(content: JSONContent): JSONContent {
  editor = createTestEditor(content);
  const html = editor.getHTML();
  editor.destroy();
  editor = createTestEditor({ type: 'doc', content: [] });
  editor.commands.setContent(html);
  return editor.getJSON();
}

const everyNode: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'brief',
      attrs: { id: 'b-all' },
      content: [
        { type: 'briefHeading', content: [{ type: 'text', text: '광산구 소식' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '굵게', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' 기울임', marks: [{ type: 'italic' }] },
            { type: 'text', text: ' 둘 다', marks: [{ type: 'bold' }, { type: 'italic' }] },
            {
              type: 'text',
              text: ' 링크',
              marks: [{ type: 'link', attrs: { href: 'https://www.newsis.com/' } }],
            },
          ],
        },
        {
          type: 'figure',
          attrs: { photoId: 'photo-1', alt: '대체 텍스트', width: 960, height: 640 },
          content: [
            { type: 'figureCaption', content: [{ type: 'text', text: '사진 설명 ' }, { type: 'text', text: '강조', marks: [{ type: 'bold' }] }] },
            { type: 'figureCredit', content: [{ type: 'text', text: '광산구 제공' }] },
          ],
        },
        { type: 'paragraph' },
      ],
    },
  ],
};

describe('JSON → editor → JSON', () => {
  it('keeps every node, mark and attribute', () => {
    expect(roundTrip(everyNode)).toEqual(everyNode);
  });

  it('keeps the model roundup byte for byte', () => {
    expect(JSON.stringify(roundTrip(gwangjuRoundupBody))).toBe(JSON.stringify(gwangjuRoundupBody));
  });

  it('keeps everything through HTML too (copy and paste between roundups)', () => {
    expect(roundTripHtml(everyNode)).toEqual(everyNode);
    expect(roundTripHtml(gwangjuRoundupBody)).toEqual(gwangjuRoundupBody);
  });

  it('produces only documents the validator accepts', () => {
    expect(validateRoundupBody(roundTrip(everyNode)).ok).toBe(true);
  });

  it('drops a javascript: link pasted as HTML', () => {
    editor = createTestEditor(everyNode);
    editor.commands.setContent(
      '<section data-type="brief" data-brief-id="b-x"><h2 data-type="brief-heading">제목</h2><p><a href="javascript:alert(1)">누르기</a></p></section>',
    );
    const json = editor.getJSON();
    expect(JSON.stringify(json)).not.toContain('javascript:');
    expect(JSON.stringify(json)).toContain('누르기');
    expect(validateRoundupBody(json).ok).toBe(true);
  });

  it('keeps only the normalised href of a link set from HTML, and draws it with a fixed rel and no target', () => {
    editor = createTestEditor(everyNode);
    editor.commands.setContent(
      '<section data-type="brief" data-brief-id="b-x"><h2 data-type="brief-heading">제목</h2><p><a href=" HTTPS://X.test" class="overlay" target="_blank" rel="opener" title="t" style="position:fixed;inset:0" onclick="alert(1)">누르기</a></p></section>',
    );
    const marks: unknown[] = [];
    editor.state.doc.descendants((node) => {
      if (node.text === '누르기') marks.push(...node.marks.map((mark) => mark.toJSON()));
    });
    expect(marks).toEqual([{ type: 'link', attrs: { href: 'https://x.test/' } }]);
    expect(editor.getHTML()).toContain('<a href="https://x.test/" rel="noopener noreferrer">누르기</a>');
    const anchor = editor.view.dom.querySelector('a');
    expect(anchor?.getAttributeNames().sort()).toEqual(['href', 'rel']);
  });

  it('draws a link whose stored href is not acceptable without an address', () => {
    editor = createTestEditor({
      type: 'doc',
      content: [{ type: 'brief', attrs: { id: 'b-1' }, content: [{ type: 'briefHeading' }, { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] }],
    });
    expect(editor.view.dom.querySelector('a')?.getAttributeNames()).toEqual(['rel']);
  });
});
