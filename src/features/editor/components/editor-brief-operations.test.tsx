// @vitest-environment jsdom
import type { Editor, JSONContent } from '@tiptap/core';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EditorTestHarness } from './editor-test-harness';
import { sampleBrief } from '../../../../tests/contract/sample-bodies';

const brief = sampleBrief;

const figure = (alt: string, credit: string): JSONContent => ({
  type: 'figure',
  attrs: { photoId: 'demo-fire-station', alt, width: 960, height: 640 },
  content: [
    { type: 'figureCaption', content: [{ type: 'text', text: '간담회 모습' }] },
    { type: 'figureCredit', content: credit ? [{ type: 'text', text: credit }] : [] },
  ],
});

const threeBriefs: JSONContent = {
  type: 'doc',
  content: [brief('b-1', '첫째 소식', '가'.repeat(120)), brief('b-2', '둘째 소식', '나나'), brief('b-3', '셋째 소식', '다다다')],
};

function outlineHeadings(): string[] {
  const nav = screen.getByRole('navigation', { name: '브리프 목차' });
  return within(nav)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.outline-heading')?.textContent?.replace('◇', '') ?? '');
}

function toolbarButton(name: string): HTMLElement {
  return within(screen.getByRole('toolbar', { name: '서식' })).getByRole('button', { name });
}

function setup(content: JSONContent = threeBriefs) {
  let editor: Editor | null = null;
  render(<EditorTestHarness content={content} onEditor={(instance) => (editor = instance)} />);
  if (editor === null) throw new Error('no editor');
  return editor as Editor;
}

function putCursorInBrief(editor: Editor, index: number) {
  act(() => {
    editor.commands.focusBrief(index);
  });
}

describe('brief operations', () => {
  it('lists every brief heading in the outline, with counts and the limit marked', async () => {
    setup();
    await waitFor(() => expect(outlineHeadings()).toEqual(['첫째 소식', '둘째 소식', '셋째 소식']));
    const over = document.querySelector('[data-over]');
    expect(over?.textContent).toContain('125자');
    expect(screen.getByText('(제한 100자 초과)')).toBeInTheDocument();
  });

  it('moves a brief down and up with the toolbar', async () => {
    const user = userEvent.setup();
    const editor = setup();
    putCursorInBrief(editor, 0);
    await user.click(toolbarButton('브리프 아래로'));
    await waitFor(() => expect(outlineHeadings()).toEqual(['둘째 소식', '첫째 소식', '셋째 소식']));
    await user.click(toolbarButton('브리프 위로'));
    await waitFor(() => expect(outlineHeadings()).toEqual(['첫째 소식', '둘째 소식', '셋째 소식']));
  });

  it('disables "move up" on the first brief', async () => {
    const editor = setup();
    putCursorInBrief(editor, 0);
    await waitFor(() => expect(toolbarButton('브리프 위로')).toBeDisabled());
  });

  it('adds a brief after the current one', async () => {
    const user = userEvent.setup();
    const editor = setup();
    putCursorInBrief(editor, 1);
    await user.click(toolbarButton('브리프 추가'));
    await waitFor(() => expect(outlineHeadings()).toEqual(['첫째 소식', '둘째 소식', '소제목 없음', '셋째 소식']));
  });

  it('duplicates and deletes a brief from its own gutter, and undo restores it', async () => {
    const user = userEvent.setup();
    setup();
    const briefs = document.querySelectorAll<HTMLElement>('section[data-type="brief"]');
    await user.click(within(briefs[2]!).getByRole('button', { name: '브리프 복제' }));
    await waitFor(() => expect(outlineHeadings()).toEqual(['첫째 소식', '둘째 소식', '셋째 소식', '셋째 소식']));
    const again = document.querySelectorAll<HTMLElement>('section[data-type="brief"]');
    await user.click(within(again[0]!).getByRole('button', { name: '브리프 삭제' }));
    await waitFor(() => expect(outlineHeadings()).toEqual(['둘째 소식', '셋째 소식', '셋째 소식']));
    await user.click(toolbarButton('실행 취소'));
    await waitFor(() => expect(outlineHeadings()).toEqual(['첫째 소식', '둘째 소식', '셋째 소식', '셋째 소식']));
  });

  it('jumps to a brief from the outline', async () => {
    const user = userEvent.setup();
    const editor = setup();
    await user.click(within(screen.getByRole('navigation', { name: '브리프 목차' })).getByRole('button', { name: /셋째 소식/ }));
    expect(editor.state.selection.$from.index(0)).toBe(2);
    expect(editor.state.selection.$from.parent.type.name).toBe('briefHeading');
  });
});

describe('figure editing', () => {
  const withFigure: JSONContent = { type: 'doc', content: [brief('b-1', '소방서 소식', '본문', [figure('', '')])] };

  it('flags a photo without alt text or credit, and clears the flags when they are filled in', async () => {
    const user = userEvent.setup();
    const editor = setup(withFigure);
    expect(await screen.findByText('대체 텍스트 없음')).toBeInTheDocument();
    expect(screen.getByText('사진 출처 없음')).toBeInTheDocument();

    await user.type(screen.getByLabelText('대체 텍스트'), '간담회장에 둘러앉은 소방관들');
    await waitFor(() => expect(screen.queryByText('대체 텍스트 없음')).not.toBeInTheDocument());
    const figureNode = editor.state.doc.child(0).child(2);
    expect(figureNode.attrs.alt).toBe('간담회장에 둘러앉은 소방관들');

    // The credit is document content, edited in place like any text.
    act(() => {
      const insideCredit = editor.state.doc.content.size - 3;
      editor.chain().setTextSelection(insideCredit).insertContent('광주 북부소방서 제공').run();
    });
    await waitFor(() => expect(screen.queryByText('사진 출처 없음')).not.toBeInTheDocument());
    const credit = editor.state.doc.child(0).child(2).child(1);
    expect(credit.textContent).toBe('광주 북부소방서 제공');
  });

  it('shows the photo with its alt text and removes the figure on request', async () => {
    const user = userEvent.setup();
    const editor = setup({ type: 'doc', content: [brief('b-1', '소방서 소식', '본문', [figure('소방관들', '북부소방서 제공')])] });
    const image = await screen.findByRole('img', { name: '소방관들' });
    expect(image).toHaveAttribute('src', '/api/photos/demo-fire-station');
    expect(screen.queryByText('대체 텍스트 없음')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '사진 빼기' }));
    await waitFor(() => expect(screen.queryByRole('img', { name: '소방관들' })).not.toBeInTheDocument());
    expect(editor.state.doc.child(0).childCount).toBe(2);
  });
});
