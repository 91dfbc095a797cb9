// @vitest-environment jsdom
import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { createI18n } from '@/lib/i18n';
import { isAllowedLinkHref } from '@/schema/link-allowlist';
import { validateRoundupBody } from '@/schema/validate-roundup-body';
import payloadFixture from '../../../../tests/fixtures/security/dompurify-payloads.json';
import { sampleBrief } from '../../../../tests/contract/sample-bodies';
import { createEditorExtensions } from '../editor-extensions';

let editor: Editor;
const start: JSONContent = { type: 'doc', content: [sampleBrief('b-1', '소식', '본문')] };

beforeEach(() => {
  const element = document.createElement('div');
  document.body.append(element);
  editor = new Editor({ element, extensions: createEditorExtensions({ i18n: createI18n() }), content: start });
});
afterEach(() => editor.destroy());

/** Pastes HTML through the editor's whole clipboard path (transformPastedHTML, parser, transformPasted, handlers). */
function pasteHtml(html: string): void {
  editor.commands.setTextSelection(8);
  const event = new Event('paste', { cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: (type: string) => (type === 'text/html' ? html : ''), files: [] } });
  editor.view.pasteHTML(html, event as ClipboardEvent);
}

/** Every attribute of every node and mark of the document JSON, with where it is. */
function attributesOf(node: JSONContent, found: [string, string, unknown][] = []): [string, string, unknown][] {
  for (const [name, value] of Object.entries(node.attrs ?? {})) found.push([node.type ?? '?', name, value]);
  for (const mark of node.marks ?? []) for (const [name, value] of Object.entries(mark.attrs ?? {})) found.push([mark.type, name, value]);
  for (const child of node.content ?? []) attributesOf(child, found);
  return found;
}

describe('pasting HTML', () => {
  it('keeps a link to its normalised href only and draws it with a fixed rel', () => {
    pasteHtml(
      '<p><a href="https://x.test" class="overlay" target="_blank" rel="opener" title="t" style="position:fixed;inset:0;z-index:9999;opacity:0" onclick="alert(1)">덮개</a></p>',
    );
    const json = editor.getJSON();
    expect(attributesOf(json).filter(([type]) => type === 'link')).toEqual([['link', 'href', 'https://x.test/']]);
    expect(validateRoundupBody(json).ok).toBe(true);
    const anchor = editor.view.dom.querySelector('a');
    expect(anchor?.textContent).toBe('덮개');
    expect(Object.fromEntries((anchor?.getAttributeNames() ?? []).map((name) => [name, anchor?.getAttribute(name)]))).toEqual({
      href: 'https://x.test/',
      rel: 'noopener noreferrer',
    });
  });

  it('gives a pasted brief with a malformed id a fresh one and a figure with a bad photo id none', () => {
    pasteHtml(
      '<section data-type="brief" data-brief-id="../../x y"><h2 data-type="brief-heading">붙인 소식</h2><p>글</p>' +
        `<figure data-type="figure" data-photo-id="../../etc/passwd" data-alt="${'가'.repeat(600)}"><div><figcaption data-type="figure-caption">설명</figcaption><p data-type="figure-credit">제공</p></div></figure></section>`,
    );
    const json = editor.getJSON();
    expect(validateRoundupBody(json).ok).toBe(true);
    expect(attributesOf(json).filter(([type, name]) => type === 'figure' && (name === 'photoId' || name === 'alt'))).toEqual([
      ['figure', 'photoId', null],
      ['figure', 'alt', ''],
    ]);
  });

  it('keeps what a copy from another roundup carries: briefs, figures with their attributes, bold, italic and links', () => {
    const source = new Editor({
      extensions: createEditorExtensions({ i18n: createI18n() }),
      content: {
        type: 'doc',
        content: [
          {
            type: 'brief',
            attrs: { id: 'b-copied' },
            content: [
              { type: 'briefHeading', content: [{ type: 'text', text: '옮긴 소식' }] },
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: '굵게', marks: [{ type: 'bold' }] },
                  { type: 'text', text: '링크', marks: [{ type: 'link', attrs: { href: 'https://www.newsis.com/' } }, { type: 'italic' }] },
                ],
              },
              {
                type: 'figure',
                attrs: { photoId: 'photo-1', alt: '대체 텍스트', width: 960, height: 640 },
                content: [{ type: 'figureCaption', content: [{ type: 'text', text: '설명' }] }, { type: 'figureCredit', content: [{ type: 'text', text: '광산구 제공' }] }],
              },
            ],
          },
        ],
      },
    });
    const copied = source.getJSON().content?.[0];
    const html = source.getHTML();
    source.destroy();
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    pasteHtml(html);
    const json = editor.getJSON();
    expect(json.content?.at(-1)).toEqual(copied);
    expect(validateRoundupBody(json).ok).toBe(true);
  });

  it('leaves out characters storage cannot hold', () => {
    pasteHtml('<p>앞\uD83D뒤</p>');
    expect(JSON.stringify(editor.getJSON())).toContain('앞뒤');
    expect(validateRoundupBody(editor.getJSON()).ok).toBe(true);
  });

  it("survives every one of DOMPurify's payloads: no throw, nothing but allowed attributes, a document the validator accepts", () => {
    const payloads = z.array(z.object({ payload: z.string(), source: z.string() })).check(z.minLength(200)).parse(payloadFixture);
    const refused: string[] = [];
    for (const { payload, source } of payloads) {
      editor.commands.setContent(start);
      expect(() => pasteHtml(payload), source).not.toThrow();
      const json = editor.getJSON();
      if (!validateRoundupBody(json).ok) refused.push(source);
      for (const [type, name, value] of attributesOf(json)) {
        expect(name, source).not.toMatch(/^on/i);
        if (type === 'link') expect(isAllowedLinkHref(String(value)), `${source}: ${String(value)}`).toBe(true);
        if (typeof value === 'string') expect(value, source).not.toMatch(/^\s*(javascript|vbscript|data):/i);
      }
      expect(editor.view.dom.querySelectorAll('script, iframe, object, embed, form, input, [target], [srcdoc]'), source).toHaveLength(0);
      const handlers = [...editor.view.dom.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => /^on/i.test(name)));
      expect(handlers, source).toEqual([]);
    }
    expect(refused).toEqual([]);
  }, 120_000);
});
