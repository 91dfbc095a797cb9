// @vitest-environment jsdom
import { Editor, type JSONContent } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { getByLabelText, getByRole, queryByRole, queryByText } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n, switchLanguage } from '@/lib/i18n';
import { sampleBrief } from '../../../../tests/contract/sample-bodies';
import { createEditorExtensions } from '../editor-extensions';
import { FigureNodeView, type FigureLabels } from './figure-node-view';

let editor: Editor;

/** Blank labels and no subscriptions, for views built by hand. */
const quietViewOptions = {
  labels: (): FigureLabels => ({ noPhoto: '', altLabel: '', altPlaceholder: '', flagsLabel: '', missingAlt: '', missingCredit: '', remove: '', untitled: '' }),
  subscribeToLabels: () => () => undefined,
  subscribeToEditable: () => () => undefined,
};
afterEach(() => editor.destroy());

function figure(attrs: Record<string, unknown>, caption: string, credit: string): JSONContent {
  return {
    type: 'figure',
    attrs: { photoId: 'demo-fire-station', alt: '', width: 960, height: 640, ...attrs },
    content: [
      { type: 'figureCaption', content: caption ? [{ type: 'text', text: caption }] : [] },
      { type: 'figureCredit', content: credit ? [{ type: 'text', text: credit }] : [] },
    ],
  };
}

function setup(figureContent: JSONContent, i18n = createI18n()) {
  const element = document.createElement('div');
  document.body.append(element);
  editor = new Editor({
    element,
    extensions: createEditorExtensions({ i18n }),
    content: { type: 'doc', content: [sampleBrief('b-1', '소방서 소식', '본문', [figureContent])] },
  });
  const dom = editor.view.dom.querySelector('figure');
  if (!(dom instanceof HTMLElement)) throw new Error('no figure');
  return { dom, i18n };
}

/** The figure's position: after the brief's opening, its heading and its paragraph. */
function figurePosition(): number {
  const brief = editor.state.doc.child(0);
  return 1 + brief.child(0).nodeSize + brief.child(1).nodeSize;
}

describe('FigureNodeView', () => {
  it('shows the photo, its alt text field and the document content below, as the styles and tests expect', () => {
    const { dom } = setup(figure({ alt: '소방관들' }, '간담회 모습', '북부소방서 제공'));
    expect(dom).toHaveAttribute('data-type', 'figure');
    expect(dom).toHaveAttribute('data-photo-id', 'demo-fire-station');
    expect(dom.className).toBe('roundup-figure');

    const media = dom.querySelector('.roundup-figure-media');
    expect(media).toHaveAttribute('contenteditable', 'false');
    const image = getByRole(dom, 'img', { name: '소방관들' });
    expect(image).toHaveAttribute('src', '/api/photos/demo-fire-station');
    expect(image).toHaveAttribute('width', '960');
    expect(image).toHaveAttribute('height', '640');
    expect(image).toHaveAttribute('draggable', 'false');
    expect(media?.firstElementChild).toBe(image);

    const alt = getByLabelText(dom, '대체 텍스트');
    expect(alt).toHaveClass('roundup-figure-alt');
    expect(alt).toHaveValue('소방관들');
    expect(alt).toHaveAttribute('maxlength', '500');
    expect(alt).toHaveAttribute('placeholder', '사진에 보이는 것을 설명하세요');
    expect(alt).toHaveAttribute('aria-invalid', 'false');
    expect(alt).not.toHaveAttribute('readonly');
    expect(queryByRole(dom, 'list')).toBeNull();
    expect(getByRole(dom, 'button', { name: '사진 빼기' })).toHaveClass('roundup-figure-remove');

    const fields = dom.querySelector('.roundup-figure-fields');
    expect(fields?.querySelector('figcaption')).toHaveTextContent('간담회 모습');
    expect(fields?.querySelector('p[data-type="figure-credit"]')).toHaveTextContent('북부소방서 제공');
  });

  it('flags missing alt text and credit, and a photo that is not there', () => {
    const { dom } = setup(figure({ photoId: null, width: null, height: null }, '', ''));
    expect(dom).toHaveClass('roundup-figure', 'needs-attention');
    expect(dom).not.toHaveAttribute('data-photo-id');
    expect(queryByRole(dom, 'img')).toBeNull();
    expect(dom.querySelector('.roundup-figure-missing')).toHaveTextContent('사진 없음');
    const flags = getByRole(dom, 'list', { name: '확인할 것' });
    expect(flags).toHaveClass('roundup-figure-flags');
    expect([...flags.children].map((item) => [item.getAttribute('role'), item.textContent])).toEqual([
      ['status', '대체 텍스트 없음'],
      ['status', '사진 출처 없음'],
    ]);
    expect(getByLabelText(dom, '대체 텍스트')).toHaveAttribute('aria-invalid', 'true');
    // The flags sit between the field and the remove button.
    expect([...(flags.parentElement?.children ?? [])].map((child) => child.tagName)).toEqual(['LABEL', 'INPUT', 'UL', 'BUTTON']);
  });

  it('writes typed alt text to the node, and shows an undone one without disturbing the field otherwise', async () => {
    const user = userEvent.setup();
    const { dom } = setup(figure({}, '간담회 모습', ''));
    const alt = getByLabelText(dom, '대체 텍스트');
    await user.type(alt, '소방관들');
    expect(editor.state.doc.nodeAt(figurePosition())?.attrs.alt).toBe('소방관들');
    expect(queryByText(dom, '대체 텍스트 없음')).toBeNull();
    expect(getByRole(dom, 'img')).toHaveAttribute('alt', '소방관들');
    expect(getByRole(dom, 'list')).toHaveTextContent('사진 출처 없음');

    editor.commands.command(({ tr }) => {
      tr.setNodeAttribute(figurePosition(), 'alt', '');
      return true;
    });
    expect(alt).toHaveValue('');
    expect(getByRole(dom, 'list')).toHaveTextContent('대체 텍스트 없음');
  });

  it('updates the credit flag as the credit is typed, keeping the same DOM', () => {
    const { dom } = setup(figure({ alt: '소방관들' }, '간담회 모습', ''));
    expect(dom).toHaveClass('needs-attention');
    const creditStart = figurePosition() + 1 + editor.state.doc.nodeAt(figurePosition())!.child(0).nodeSize + 1;
    editor.chain().setTextSelection(creditStart).insertContent('북부소방서 제공').run();
    expect(editor.view.dom.querySelector('figure')).toBe(dom);
    expect(dom).not.toHaveClass('needs-attention');
    expect(queryByRole(dom, 'list')).toBeNull();
  });

  it('removes the figure from the document on request', async () => {
    const user = userEvent.setup();
    const { dom } = setup(figure({ alt: '소방관들' }, '간담회 모습', '북부소방서 제공'));
    await user.click(getByRole(dom, 'button', { name: '사진 빼기' }));
    expect(editor.state.doc.child(0).childCount).toBe(2);
    expect(editor.view.dom.querySelector('figure')).toBeNull();
  });

  it('shows node selection, and drops the field controls while the editor is read-only', () => {
    const { dom } = setup(figure({ alt: '소방관들' }, '간담회 모습', '북부소방서 제공'));
    editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, figurePosition())));
    expect(dom).toHaveClass('is-selected', 'ProseMirror-selectednode');
    editor.commands.setTextSelection(1);
    expect(dom).not.toHaveClass('is-selected');
    expect(dom).not.toHaveClass('ProseMirror-selectednode');

    editor.setEditable(false, false);
    expect(queryByRole(dom, 'button', { name: '사진 빼기' })).toBeNull();
    expect(getByLabelText(dom, '대체 텍스트')).toHaveAttribute('readonly');
    editor.setEditable(true, false);
    expect(getByRole(dom, 'button', { name: '사진 빼기' })).toBeInTheDocument();
    expect(getByLabelText(dom, '대체 텍스트')).not.toHaveAttribute('readonly');
  });

  it('is named by its caption, as the caption changes, and says so when there is none', () => {
    const { dom } = setup(figure({}, '간담회 모습', '북부소방서 제공'));
    expect(dom).toHaveAttribute('aria-label', '간담회 모습');
    editor.commands.setTextSelection(figurePosition() + 2);
    editor.commands.insertContent('퇴직 소방관 ');
    expect(dom).toHaveAttribute('aria-label', '퇴직 소방관 간담회 모습');
    editor.destroy();
    const { dom: bare } = setup(figure({}, '', ''));
    expect(bare).toHaveAttribute('aria-label', '설명 없는 사진');
  });

  it('follows a change of language, until it is destroyed', async () => {
    const { dom, i18n } = setup(figure({}, '', ''));
    await switchLanguage(i18n, 'en');
    expect(getByRole(dom, 'button', { name: 'Remove photo' })).toBeInTheDocument();
    expect(dom.querySelector('.roundup-figure-label')?.textContent).not.toBe('대체 텍스트');

    editor.commands.clearContent();
    await switchLanguage(i18n, 'ko');
    expect(dom.querySelector('.roundup-figure-remove')).toHaveTextContent('Remove photo');
  });

  it('keeps events in its controls from ProseMirror, but not clicks that select it or caption typing', () => {
    setup(figure({ alt: '소방관들' }, '간담회 모습', '북부소방서 제공'));
    const view = new FigureNodeView({
      node: editor.state.doc.nodeAt(figurePosition())!,
      editor,
      getPos: figurePosition,
      ...quietViewOptions,
    });
    const input = view.dom.querySelector('input')!;
    const image = view.dom.querySelector('img')!;
    const caption = document.createElement('figcaption');
    view.contentDOM.append(caption);
    const on = (type: string, target: EventTarget) => {
      const event = new Event(type, { bubbles: true });
      target.dispatchEvent(event);
      return event;
    };
    expect(view.stopEvent(on('keydown', input))).toBe(true);
    expect(view.stopEvent(on('drop', input))).toBe(false);
    expect(view.stopEvent(on('mousedown', image))).toBe(false);
    expect(view.stopEvent(on('click', image))).toBe(true);
    expect(view.stopEvent(on('paste', image))).toBe(false);
    expect(view.stopEvent(on('keydown', caption))).toBe(false);
    view.destroy();
  });

  it('ignores DOM changes outside caption and credit, and refuses another node type', () => {
    const { dom } = setup(figure({ alt: '소방관들' }, '간담회 모습', '북부소방서 제공'));
    const view = new FigureNodeView({
      node: editor.state.doc.nodeAt(figurePosition())!,
      editor,
      getPos: figurePosition,
      ...quietViewOptions,
    });
    const records: MutationRecord[] = [];
    const observer = new MutationObserver(() => undefined);
    observer.observe(view.dom, { subtree: true, attributes: true, childList: true, characterData: true });
    view.dom.querySelector('input')!.setAttribute('aria-invalid', 'true');
    const caption = document.createElement('figcaption');
    view.contentDOM.append(caption);
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(records.map((record) => view.ignoreMutation(record))).toEqual([true, false]);
    expect(view.ignoreMutation({ type: 'selection', target: view.dom })).toBe(false);

    expect(view.update(editor.state.doc.child(0))).toBe(false);
    expect(view.update(editor.state.doc.nodeAt(figurePosition())!)).toBe(true);
    expect(dom).toBeInTheDocument();
    view.destroy();
  });
});
