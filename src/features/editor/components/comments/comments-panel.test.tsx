// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import type { Editor, JSONContent } from '@tiptap/core';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from '@/lib/router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommentTarget, CommentThread } from '@/contract/comment-endpoints';
import { apiRoutes } from '@/contract/routes';
import { sessionResponseSchema, type User } from '@/contract/user-endpoints';
import { ToastProvider } from '@/components/ui/toast-provider';
import { createMockHandlers } from '@/mocks/handlers';
import { createTestMockApi, inMemorySessionCookies } from '@/mocks/test-mock-api';
import { gwangjuRoundupMetadata } from '@/schema/demo/gwangju-roundup';
import type { Actor } from '@/services/actor';
import { briefText, textTargetFor } from '@/services/comment-anchor';
import { createCommentService, type CommentService } from '@/services/comment-service';
import { demoAccounts, demoPassword } from '@/services/demo-accounts';
import { createRoundupService } from '@/services/roundup-service';
import { apiRequest } from '@/lib/api-client';
import { CurrentUserContext } from '@/lib/current-user';
import { createI18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { sampleBrief } from '../../../../../tests/contract/sample-bodies';
import { findBriefLayout, textRangeToPositions } from '../../lib/brief-text-positions';
import { RoundupEditorPage } from '../roundup-editor-page';

const reporter: Actor = { id: 'u-reporter', name: '신대희', role: 'reporter' };
const desk: Actor = { id: 'u-desk', name: '김데스크', role: 'desk' };

const firstParagraph = '광주시는 오늘 시청에서 청년 일자리 박람회를 열었다고 밝혔다.';
const photoBrief: JSONContent = sampleBrief('b-2', '둘째 소식', '북구는 축제를 연다.', [
  {
    type: 'figure',
    attrs: { photoId: 'p-1', alt: '축제 포스터', width: null, height: null },
    content: [
      { type: 'figureCaption', content: [{ type: 'text', text: '축제 포스터' }] },
      { type: 'figureCredit', content: [{ type: 'text', text: '북구 제공' }] },
    ],
  },
]);
const body: JSONContent = {
  type: 'doc',
  content: [sampleBrief('b-1', '첫째 소식', firstParagraph), photoBrief, sampleBrief('b-3', '셋째 소식', '다다')],
};

let server: ReturnType<typeof setupServer>;
let comments: CommentService;
let roundupId: string;

function textTarget(briefId: string, piece: string): CommentTarget {
  const brief = body.content?.find((node) => node.attrs?.id === briefId) ?? {};
  const text = briefText(brief);
  const start = text.indexOf(piece);
  return textTargetFor(briefId, text, start, start + piece.length);
}

async function open(actor: Actor, target: CommentTarget, text: string): Promise<CommentThread> {
  return comments.open(actor, roundupId, { target, body: text, mentions: [] });
}

beforeEach(async () => {
  localStorage.clear();
  const clock = () => new Date();
  const { app, storage } = await createTestMockApi({
    clock,
    sessionCookies: inMemorySessionCookies(),
  });
  let ids = 0;
  const roundups = createRoundupService({ storage: storage.roundups, clock, generateId: () => `seed-${(ids += 1)}` });
  roundupId = (await roundups.create(reporter, { meta: gwangjuRoundupMetadata, body })).id;
  comments = createCommentService({
    storage: storage.comments,
    roundups,
    people: async () => ({ items: demoAccounts.map(({ id, name, role }) => ({ id, name, role })) }),
    clock,
    generateId: () => `seed-thread-${(ids += 1)}`,
  });
  server = setupServer(...createMockHandlers({ app, baseUrl: window.location.origin }));
  server.listen({ onUnhandledRequest: 'error' });
});

afterEach(() => server.close());

async function signIn(email: string): Promise<User> {
  const session = await apiRequest(apiRoutes.session, { method: 'POST', json: { email, password: demoPassword }, schema: sessionResponseSchema });
  return session.user;
}

async function openEditor(email = 'reporter@bureau.test', search = ''): Promise<Editor> {
  const user = await signIn(email);
  render(
    <I18nextProvider i18n={createI18n()}>
      <QueryClientProvider client={createQueryClient()}>
        <ToastProvider>
          <CurrentUserContext.Provider value={user}>
            <MemoryRouter initialEntries={[`/roundups/${roundupId}${search}`]}>
              <Routes>
                <Route path="/roundups/:id" element={<RoundupEditorPage />} />
              </Routes>
            </MemoryRouter>
          </CurrentUserContext.Provider>
        </ToastProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return waitFor(() => {
    const dom: (Element & { editor?: Editor }) | null = document.querySelector('.ProseMirror');
    if (!dom?.editor) throw new Error('the editor is not there yet');
    return dom.editor;
  });
}

async function openPanel(): Promise<HTMLElement> {
  await userEvent.setup().click(screen.getByRole('button', { name: /^의견/ }));
  const panel = await screen.findByRole('complementary', { name: '의견' });
  // The panel's code loads as it opens: wait until it is drawn, not just its frame.
  await waitFor(() => expect(within(panel).queryByText('불러오는 중…')).not.toBeInTheDocument());
  return panel;
}

function threadCards(panel: HTMLElement): HTMLElement[] {
  return within(panel).queryAllByRole('article');
}

function positionOf(editor: Editor, briefId: string, piece: string): { from: number; to: number } {
  const layout = findBriefLayout(editor.state.doc, briefId)!;
  const start = layout.text.indexOf(piece);
  return textRangeToPositions(layout, { start, end: start + piece.length });
}

function highlighted(editor: Editor): string[] {
  return Array.from(editor.view.dom.querySelectorAll('.comment-highlight')).map((element) => element.textContent);
}

describe('comments panel', () => {
  it('lists open threads by brief in document order, highlights their text, and hides resolved ones until asked', async () => {
    await open(desk, { kind: 'brief', briefId: 'b-3' }, '셋째 브리프 전체를 다시 보세요');
    await open(desk, textTarget('b-1', '청년 일자리 박람회'), '행사 정식 명칭 확인');
    await open(desk, { kind: 'photo', briefId: 'b-2', photoId: 'p-1' }, '사진 출처를 밝혀 주세요');
    const resolved = await open(reporter, textTarget('b-1', '광주시는'), '주어 확인');
    await comments.setResolved(desk, roundupId, resolved.id, true);

    const editor = await openEditor();
    await waitFor(() => expect(highlighted(editor)).toEqual(['청년 일자리 박람회']));
    expect(screen.getByRole('button', { name: /^의견/ })).toHaveTextContent('3');
    const panel = await openPanel();
    await waitFor(() => expect(threadCards(panel)).toHaveLength(3));

    const groups = within(panel).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(groups).toEqual(['1. 첫째 소식', '2. 둘째 소식', '3. 셋째 소식']);
    const [onText, onPhoto, onBrief] = threadCards(panel);
    expect(onText).toHaveTextContent('청년 일자리 박람회');
    expect(onText).toHaveTextContent('김데스크');
    expect(onText).toHaveTextContent('데스크');
    expect(onPhoto).toHaveTextContent('사진: 축제 포스터');
    expect(onBrief).toHaveTextContent('브리프 전체');
    expect(within(panel).queryByText('주어 확인')).toBeNull();

    await userEvent.setup().click(within(panel).getByRole('button', { name: '해결된 의견 (1)' }));
    expect(threadCards(panel)).toHaveLength(4);
    expect(within(panel).getByText('주어 확인')).toBeInTheDocument();
    expect(within(panel).getByText(/해결됨: 김데스크/)).toBeInTheDocument();
    // A resolved thread is listed but not highlighted.
    expect(highlighted(editor)).toEqual(['청년 일자리 박람회']);
  });

  it('opens a thread on the selected text with a mention picked from the keyboard', async () => {
    const editor = await openEditor();
    const panel = await openPanel();
    const onSelection = within(panel).getByRole('button', { name: '선택한 글에 의견 달기' });
    expect(onSelection).toBeDisabled();

    act(() => {
      editor.commands.setTextSelection(positionOf(editor, 'b-1', '청년 일자리'));
    });
    await waitFor(() => expect(onSelection).toBeEnabled());
    const user = userEvent.setup();
    await user.click(onSelection);
    const field = within(panel).getByRole('textbox', { name: '의견' });
    await user.type(field, '명칭 확인 부탁 @김');
    const option = await within(panel).findByRole('option', { name: '김데스크' });
    expect(option).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(field).toHaveValue('명칭 확인 부탁 @김데스크 ');
    await user.click(within(panel).getByRole('button', { name: '의견 남기기' }));

    await waitFor(() => expect(threadCards(panel)).toHaveLength(1));
    const [stored] = (await comments.list(reporter, roundupId)).items;
    expect(stored?.target).toMatchObject({ kind: 'text', briefId: 'b-1', quote: '청년 일자리' });
    expect(stored?.comments[0]?.mentions).toEqual([{ id: 'u-desk', name: '김데스크' }]);
    const card = threadCards(panel)[0]!;
    expect(within(card).getByText('@김데스크')).toHaveClass('comment-mention');
    await waitFor(() => expect(highlighted(editor)).toEqual(['청년 일자리']));
    expect(editor.view.dom.querySelector('.comment-highlight.is-active')).not.toBeNull();
  });

  it('refuses a selection that spans two briefs', async () => {
    const editor = await openEditor();
    const panel = await openPanel();
    act(() => {
      editor.commands.setTextSelection({ from: positionOf(editor, 'b-1', '밝혔다').from, to: positionOf(editor, 'b-2', '북구는').to });
    });
    await waitFor(() => expect(within(panel).getByText(/두 브리프에 걸친 글에는/)).toBeInTheDocument());
    expect(within(panel).getByRole('button', { name: '선택한 글에 의견 달기' })).toBeDisabled();
  });

  it('opens threads on a whole brief and on the photo at the cursor', async () => {
    const editor = await openEditor();
    const panel = await openPanel();
    const user = userEvent.setup();
    await user.selectOptions(within(panel).getByRole('combobox', { name: '의견을 달 브리프' }), '3. 셋째 소식');
    await user.click(within(panel).getByRole('button', { name: '브리프에 의견 달기' }));
    await user.type(within(panel).getByRole('textbox', { name: '의견' }), '전체적으로 짧게');
    await user.click(within(panel).getByRole('button', { name: '의견 남기기' }));
    await waitFor(() => expect(threadCards(panel)).toHaveLength(1));

    act(() => {
      editor.commands.setTextSelection(positionOf(editor, 'b-2', '포스터').from);
    });
    const onPhoto = within(panel).getByRole('button', { name: '사진에 의견 달기' });
    await waitFor(() => expect(onPhoto).toBeEnabled());
    await user.click(onPhoto);
    expect(within(panel).getByText('사진: 축제 포스터')).toBeInTheDocument();
    await user.type(within(panel).getByRole('textbox', { name: '의견' }), '더 밝은 사진으로');
    await user.click(within(panel).getByRole('button', { name: '의견 남기기' }));
    await waitFor(() => expect(threadCards(panel)).toHaveLength(2));

    const targets = (await comments.list(reporter, roundupId)).items.map((thread) => thread.target);
    expect(targets).toEqual([
      { kind: 'brief', briefId: 'b-3' },
      { kind: 'photo', briefId: 'b-2', photoId: 'p-1' },
    ]);
  });

  it('replies, resolves and reopens; only the opener may delete', async () => {
    await open(desk, textTarget('b-1', '박람회'), '데스크 의견');
    await open(reporter, { kind: 'brief', briefId: 'b-3' }, '내 메모');
    await openEditor();
    const panel = await openPanel();
    await waitFor(() => expect(threadCards(panel)).toHaveLength(2));
    const user = userEvent.setup();
    const [deskThread, mine] = threadCards(panel) as [HTMLElement, HTMLElement];
    expect(within(deskThread).queryByRole('button', { name: '삭제' })).toBeNull();

    await user.click(within(deskThread).getByRole('button', { name: '답글' }));
    await user.type(within(deskThread).getByRole('textbox', { name: '답글' }), '고쳤습니다');
    await user.click(within(deskThread).getByRole('button', { name: '답글 달기' }));
    await waitFor(() => expect(within(deskThread).getByText('고쳤습니다')).toBeInTheDocument());

    await user.click(within(deskThread).getByRole('button', { name: '해결' }));
    await waitFor(() => expect(threadCards(panel)).toHaveLength(1));
    await user.click(within(panel).getByRole('button', { name: '해결된 의견 (1)' }));
    const resolvedCard = within(panel).getByRole('article', { name: '김데스크 님의 의견' });
    await user.click(within(resolvedCard).getByRole('button', { name: '다시 열기' }));
    await waitFor(() => expect(within(panel).getByRole('button', { name: '해결된 의견 (0)' })).toBeInTheDocument());

    await user.click(within(mine).getByRole('button', { name: '삭제' }));
    await user.click(within(within(mine).getByRole('group')).getByRole('button', { name: '삭제' }));
    await waitFor(() => expect(threadCards(panel)).toHaveLength(1));
    expect((await comments.list(reporter, roundupId)).items.map((thread) => thread.comments[0]?.body)).toEqual(['데스크 의견']);
  });

  it('lists a thread whose text is gone last, with its quote and a note', async () => {
    await open(desk, textTarget('b-3', '다다'), '앞 의견');
    await open(desk, textTarget('b-1', '청년 일자리 박람회'), '사라질 글');
    const editor = await openEditor();
    await waitFor(() => expect(highlighted(editor)).toHaveLength(2));
    act(() => {
      const { from, to } = positionOf(editor, 'b-1', '청년 일자리 박람회를 ');
      editor.chain().deleteRange({ from, to }).run();
    });
    const panel = await openPanel();
    await waitFor(() => expect(within(panel).getByRole('heading', { name: '원래 자리를 찾을 수 없는 의견' })).toBeInTheDocument());
    const cards = threadCards(panel);
    expect(cards).toHaveLength(2);
    expect(cards[1]).toHaveTextContent('청년 일자리 박람회');
    expect(cards[1]).toHaveTextContent('의견을 단 글이 고쳐지거나 지워졌습니다');
  });

  it('keeps an anchor on its text across edits and tells the server where it moved after the save', async () => {
    const thread = await open(desk, textTarget('b-1', '청년 일자리 박람회'), '명칭 확인');
    const editor = await openEditor();
    await waitFor(() => expect(highlighted(editor)).toEqual(['청년 일자리 박람회']));
    act(() => {
      editor.commands.insertContentAt(positionOf(editor, 'b-1', '광주시는').from, '[속보] ');
      editor.commands.insertContentAt(positionOf(editor, 'b-1', '박람회').from, '취업 ');
    });
    expect(highlighted(editor)).toEqual(['청년 일자리 취업 박람회']);
    await waitFor(
      async () => {
        const [stored] = (await comments.list(reporter, roundupId)).items;
        expect(stored?.target).toMatchObject({ quote: '청년 일자리 취업 박람회', start: '첫째 소식\n[속보] 광주시는 오늘 시청에서 '.length });
        expect(stored?.revision).toBeGreaterThan(thread.revision);
      },
      { timeout: 5000 },
    );
  });

  it('selects the thread in the panel when its highlight is clicked', async () => {
    await open(desk, textTarget('b-1', '박람회'), '첫 의견');
    await open(desk, textTarget('b-1', '밝혔다'), '둘째 의견');
    const editor = await openEditor();
    await waitFor(() => expect(highlighted(editor)).toHaveLength(2));
    await userEvent.setup().click(editor.view.dom.querySelector('[data-thread-id] ')!);
    const panel = await screen.findByRole('complementary', { name: '의견' });
    const active = await within(panel).findByRole('article', { current: true });
    expect(active).toHaveTextContent('첫 의견');
    expect(editor.view.dom.querySelector('.comment-highlight.is-active')).toHaveTextContent('박람회');
  });

  it('opens the comments at the thread a notification links to', async () => {
    await open(desk, textTarget('b-1', '박람회'), '첫 의견');
    const linked = await open(desk, textTarget('b-1', '밝혔다'), '알림으로 온 의견');
    const editor = await openEditor('reporter@bureau.test', `?comment=${linked.id}`);
    const panel = await screen.findByRole('complementary', { name: '의견' });
    expect(await within(panel).findByRole('article', { current: true })).toHaveTextContent('알림으로 온 의견');
    await waitFor(() => expect(editor.view.dom.querySelector('.comment-highlight.is-active')).toHaveTextContent('밝혔다'));
  });

  it('lets a designer, who cannot edit, comment', async () => {
    const editor = await openEditor('designer@bureau.test');
    expect(editor.isEditable).toBe(false);
    const panel = await openPanel();
    act(() => {
      editor.commands.setTextSelection(positionOf(editor, 'b-1', '시청'));
    });
    const user = userEvent.setup();
    const onSelection = within(panel).getByRole('button', { name: '선택한 글에 의견 달기' });
    await waitFor(() => expect(onSelection).toBeEnabled());
    await user.click(onSelection);
    await user.type(within(panel).getByRole('textbox', { name: '의견' }), '지면에서 두 줄로 넘어갑니다');
    await user.click(within(panel).getByRole('button', { name: '의견 남기기' }));
    await waitFor(() => expect(threadCards(panel)).toHaveLength(1));
    expect(threadCards(panel)[0]).toHaveTextContent('박디자인');
  });

  it('shows an API error inline, in Korean', async () => {
    const thread = await open(desk, textTarget('b-1', '박람회'), '곧 지워질 의견');
    await openEditor();
    const panel = await openPanel();
    await waitFor(() => expect(threadCards(panel)).toHaveLength(1));
    await comments.remove(desk, roundupId, thread.id);
    const user = userEvent.setup();
    const card = threadCards(panel)[0]!;
    await user.click(within(card).getByRole('button', { name: '해결' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('이 의견은 이미 삭제되었습니다.');
  });
});
