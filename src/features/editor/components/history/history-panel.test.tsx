// @vitest-environment jsdom
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { Editor, JSONContent } from '@tiptap/core';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from '@/lib/router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiRoutePatterns, apiRoutes } from '@/contract/routes';
import { sessionResponseSchema, type User } from '@/contract/user-endpoints';
import { ToastProvider } from '@/components/ui/toast-provider';
import { createMockHandlers } from '@/mocks/handlers';
import { createTestMockApi, inMemorySessionCookies } from '@/mocks/test-mock-api';
import { gwangjuRoundupMetadata } from '@/schema/demo/gwangju-roundup';
import type { Roundup } from '@/schema/roundup';
import type { Actor } from '@/services/actor';
import { demoPassword } from '@/services/demo-accounts';
import { createRoundupService, type RoundupService } from '@/services/roundup-service';
import { apiRequest } from '@/lib/api-client';
import { CurrentUserContext } from '@/lib/current-user';
import { createI18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { RoundupEditorPage } from '../roundup-editor-page';
import { HistoryPanel } from './history-panel';
import { sampleBrief } from '../../../../../tests/contract/sample-bodies';

const reporter: Actor = { id: 'u-reporter', name: '신대희', role: 'reporter' };

const photo: JSONContent = {
  type: 'figure',
  attrs: { photoId: 'p-1', alt: '무대 사진', width: null, height: null },
  content: [
    { type: 'figureCaption', content: [{ type: 'text', text: '행사 모습' }] },
    { type: 'figureCredit', content: [{ type: 'text', text: '광산구 제공' }] },
  ],
};

/** The body at each version: brief b-2 changes every time, b-1 gets a photo at version 4, b-3 never changes. */
function bodyWith(secondBrief: string, withPhoto = false): JSONContent {
  return {
    type: 'doc',
    content: [
      sampleBrief('b-1', '첫째 소식', '가가', withPhoto ? [photo] : []),
      sampleBrief('b-2', '둘째 소식', secondBrief),
      sampleBrief('b-3', '셋째 소식', '다다'),
    ],
  };
}

const texts = ['광산구는 11일 행사를 열었다.', '광산구는 12일 행사를 열었다.', '광산구는 12일 큰 행사를 열었다.', '광산구는 13일 큰 행사를 열었다.'];

let server: ReturnType<typeof setupServer>;
let api: Awaited<ReturnType<typeof createTestMockApi>>['app'];
let roundups: RoundupService;
let roundupId: string;
let user: User;

beforeEach(async () => {
  localStorage.clear();
  const clock = () => new Date();
  const { app, storage } = (await createTestMockApi({
    clock,
    sessionCookies: inMemorySessionCookies(),
  }));
  api = app;
  let ids = 0;
  roundups = createRoundupService({ storage: storage.roundups, clock, generateId: () => `seed-${(ids += 1)}` });
  roundupId = (await roundups.create(reporter, { meta: gwangjuRoundupMetadata, body: bodyWith(texts[0]!) })).id;
  // Three saves after the one that created it: versions 2, 3 and 4.
  for (const [index, text] of texts.slice(1).entries()) {
    await roundups.save(reporter, roundupId, { baseVersion: index + 1, meta: gwangjuRoundupMetadata, body: bodyWith(text, index === 2) });
  }
  server = setupServer(...createMockHandlers({ app, baseUrl: window.location.origin }));
  server.listen({ onUnhandledRequest: 'error' });
  user = (
    await apiRequest(apiRoutes.session, {
      method: 'POST',
      json: { email: 'reporter@bureau.test', password: demoPassword },
      schema: sessionResponseSchema,
    })
  ).user;
});

afterEach(() => server.close());

function secondBriefText(roundup: Roundup): string {
  const second = roundup.body.content?.find((node) => node.attrs?.id === 'b-2');
  return second?.content?.[1]?.content?.[0]?.text ?? '';
}

function providers(queryClient: QueryClient, children: ReactNode) {
  return (
    <I18nextProvider i18n={createI18n()}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </I18nextProvider>
  );
}

interface PanelOptions {
  canRestore?: boolean;
  prepareRestore?: () => Promise<number>;
}

function renderPanel({ canRestore = true, prepareRestore = async () => 4 }: PanelOptions = {}) {
  const onRestored = vi.fn<(roundup: Roundup) => void>();
  const panel = (currentVersion: number) => (
    <HistoryPanel
      roundupId={roundupId}
      currentVersion={currentVersion}
      canRestore={canRestore}
      prepareRestore={prepareRestore}
      onRestored={onRestored}
    />
  );
  const queryClient = createQueryClient();
  const view = render(providers(queryClient, panel(4)));
  return {
    onRestored,
    rerenderAt: (version: number) => view.rerender(providers(queryClient, panel(version))),
    unmount: () => view.unmount(),
  };
}

async function pointerClick(element: HTMLElement): Promise<void> {
  await userEvent.setup().click(element);
}

function entry(version: number): HTMLElement {
  const button = screen.getByRole('button', { name: new RegExp(`^버전 ${version} ·`) });
  return button.closest('li')!;
}

async function openVersion(version: number): Promise<HTMLElement> {
  const list = await screen.findByRole('list', { name: '저장된 버전' });
  await userEvent.setup().click(within(list).getByRole('button', { name: new RegExp(`^버전 ${version} ·`) }));
  return screen.findByRole('region', { name: `버전 ${version}에서 바뀐 내용` });
}

describe('HistoryPanel', () => {
  it('lists the revisions newest first, with author, kind and the briefs each changed', async () => {
    renderPanel();
    const list = await screen.findByRole('list', { name: '저장된 버전' });
    const titles = within(list)
      .getAllByRole('button')
      .map((button) => button.querySelector('.revision-entry-title')?.textContent);
    expect(titles).toEqual(['버전 4 · 저장 지금 버전', '버전 3 · 저장', '버전 2 · 저장', '버전 1 · 처음 작성']);
    expect(entry(4)).toHaveTextContent('신대희');
    expect(within(entry(4)).getByRole('list', { name: '바뀐 브리프' })).toHaveTextContent('◇ 첫째 소식 수정');
    expect(within(entry(4)).getByRole('list', { name: '바뀐 브리프' })).toHaveTextContent('◇ 둘째 소식 수정');
    expect(within(entry(3)).getByRole('list', { name: '바뀐 브리프' })).not.toHaveTextContent('첫째 소식');
  });

  it('shows a revision’s changes against the one before: words inserted and deleted, photos, unchanged briefs folded', async () => {
    renderPanel();
    const diff = await openVersion(4);
    await within(diff).findByText('비교 대상: 바로 앞 버전 3');

    const edited = within(diff).getByRole('region', { name: '둘째 소식' });
    expect([...edited.querySelectorAll('del')].map((element) => element.textContent)).toEqual(['12일']);
    expect([...edited.querySelectorAll('ins')].map((element) => element.textContent)).toEqual(['13일']);
    expect(edited).toHaveTextContent('광산구는 12일13일 큰 행사를 열었다.');

    const withPhoto = within(diff).getByRole('region', { name: '첫째 소식' });
    expect(within(withPhoto).getByRole('img', { name: '무대 사진' })).toHaveAttribute('src', apiRoutes.photo('p-1'));
    expect([...withPhoto.querySelectorAll('ins')].map((element) => element.textContent)).toEqual(
      expect.arrayContaining(['행사 모습', '광산구 제공', '무대 사진']),
    );

    const unchanged = diff.querySelector('details');
    expect(unchanged).not.toBeNull();
    expect(unchanged).not.toHaveAttribute('open');
    expect(unchanged).toHaveTextContent('셋째 소식 바뀌지 않음');
  });

  it('shows the oldest revision as all added', async () => {
    renderPanel();
    const diff = await openVersion(1);
    await within(diff).findByText('첫 버전이라 모든 내용을 새로 들어간 것으로 보여 줍니다.');
    const inserted = [...within(diff).getByRole('region', { name: '둘째 소식' }).querySelectorAll('ins')].map((element) => element.textContent);
    expect(inserted).toEqual(['둘째 소식', texts[0]]);
    expect(diff.querySelector('del')).toBeNull();
  });

  it('restores one brief from three versions ago as a new revision, keeping the later ones', async () => {
    const prepareRestore = vi.fn(async () => 4);
    const { onRestored, rerenderAt } = renderPanel({ prepareRestore });
    const diff = await openVersion(1);
    const second = await within(diff).findByRole('region', { name: '둘째 소식' });
    await userEvent.setup().click(within(second).getByRole('button', { name: '이 브리프만 되돌리기' }));

    const confirm = within(second).getByRole('alertdialog', { name: '‘둘째 소식’ 브리프를 되돌릴까요?' });
    expect(within(confirm).getByRole('button', { name: '취소' })).toHaveFocus();
    expect(prepareRestore).not.toHaveBeenCalled();
    await userEvent.setup().click(within(confirm).getByRole('button', { name: '되돌리기' }));

    await waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1));
    expect(prepareRestore).toHaveBeenCalledTimes(1);
    const restored = onRestored.mock.calls[0]![0];
    expect(restored.version).toBe(5);
    expect(secondBriefText(restored)).toBe(texts[0]);
    // Only that brief: the photo added to the first brief at version 4 stays.
    expect(JSON.stringify(restored.body)).toContain('"photoId":"p-1"');

    rerenderAt(5);
    await waitFor(() => expect(screen.getByRole('button', { name: /^버전 5 · 버전 1에서 되돌림/ })).toBeInTheDocument());
    expect(within(screen.getByRole('list', { name: '저장된 버전' })).getAllByRole('button', { name: /^버전 \d ·/ })).toHaveLength(5);
    expect(within(entry(5)).getByRole('list', { name: '바뀐 브리프' })).toHaveTextContent('◇ 둘째 소식 수정');
  });

  it('restores a whole version, metadata included', async () => {
    const { onRestored } = renderPanel();
    const diff = await openVersion(2);
    await pointerClick(await within(diff).findByRole('button', { name: '이 버전으로 되돌리기' }));
    const confirm = within(diff).getByRole('alertdialog', { name: '버전 2 내용으로 되돌릴까요?' });
    await pointerClick(within(confirm).getByRole('button', { name: '되돌리기' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1));
    const restored = onRestored.mock.calls[0]![0];
    expect(restored.version).toBe(5);
    expect(restored.body).toEqual((await roundups.revision(reporter, roundupId, 2)).body);
    expect(JSON.stringify(restored.body)).not.toContain('p-1');
  });

  it('says so when the roundup moved on before the restore reached the server', async () => {
    await roundups.save(reporter, roundupId, { baseVersion: 4, meta: gwangjuRoundupMetadata, body: bodyWith('다른 사람이 고침') });
    const { onRestored } = renderPanel({ prepareRestore: async () => 4 });
    const diff = await openVersion(2);
    const pointer = userEvent.setup();
    await pointer.click(await within(diff).findByRole('button', { name: '이 버전으로 되돌리기' }));
    await pointer.click(within(diff).getByRole('button', { name: '되돌리기' }));
    expect(await within(diff).findByRole('alert')).toHaveTextContent('그사이 다른 저장이 있어 되돌리지 않았습니다.');
    expect(onRestored).not.toHaveBeenCalled();
    expect((await roundups.get(reporter, roundupId)).version).toBe(5);
  });

  it('shows why a restore could not start, and cancels back to the button', async () => {
    const { onRestored } = renderPanel({
      prepareRestore: async () => {
        throw new Error('저장 충돌을 먼저 해결해야 되돌릴 수 있습니다.');
      },
    });
    const diff = await openVersion(3);
    const pointer = userEvent.setup();
    await pointer.click(await within(diff).findByRole('button', { name: '이 버전으로 되돌리기' }));
    await pointer.click(within(diff).getByRole('button', { name: '되돌리기' }));
    expect(await within(diff).findByRole('alert')).toHaveTextContent('저장 충돌을 먼저 해결해야');
    await pointer.keyboard('{Escape}');
    expect(within(diff).getByRole('button', { name: '이 버전으로 되돌리기' })).toHaveFocus();
    expect(onRestored).not.toHaveBeenCalled();
  });

  it('pages through older revisions, fetching the next page to compare the last one loaded', async () => {
    // Pages of one revision each.
    server.use(
      http.get(`${window.location.origin}${apiRoutePatterns.roundupRevisions}`, ({ request }) => {
        const url = new URL(request.url);
        url.searchParams.set('limit', '1');
        return api.fetch(new Request(url, { headers: request.headers }));
      }),
    );
    renderPanel();
    const list = await screen.findByRole('list', { name: '저장된 버전' });
    const versions = () => within(list).getAllByRole('button', { name: /^버전 \d ·/ });
    expect(versions()).toHaveLength(1);
    const diff = await openVersion(4);
    await within(diff).findByText('비교 대상: 바로 앞 버전 3');
    expect(versions()).toHaveLength(2);
    expect(within(diff).getByRole('region', { name: '둘째 소식' }).querySelector('ins')).toHaveTextContent('13일');

    await pointerClick(await screen.findByRole('button', { name: '이전 버전 더 보기' }));
    await waitFor(() => expect(versions()).toHaveLength(3));
    await pointerClick(await screen.findByRole('button', { name: '이전 버전 더 보기' }));
    await waitFor(() => expect(versions()).toHaveLength(4));
    expect(screen.queryByRole('button', { name: '이전 버전 더 보기' })).toBeNull();
  });

  it('says when there is nothing yet, and when the list could not be loaded', async () => {
    const listUrl = `${window.location.origin}${apiRoutePatterns.roundupRevisions}`;
    server.use(http.get(listUrl, () => HttpResponse.json({ items: [], nextBefore: null }), { once: true }));
    const first = renderPanel();
    expect(await screen.findByText('아직 저장된 버전이 없습니다.')).toBeInTheDocument();
    first.unmount();

    server.use(
      http.get(listUrl, () => HttpResponse.json({ error: { code: 'not_found', message: 'no such roundup' } }, { status: 404 }), {
        once: true,
      }),
    );
    renderPanel();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('수정 기록을 불러오지 못했습니다.');
    await pointerClick(within(alert).getByRole('button', { name: '다시 시도' }));
    expect(await screen.findByRole('list', { name: '저장된 버전' })).toBeInTheDocument();
  });

  it('offers no restore to someone who may not edit', async () => {
    renderPanel({ canRestore: false });
    const diff = await openVersion(2);
    await within(diff).findByRole('region', { name: '둘째 소식' });
    expect(within(diff).queryByRole('button', { name: /되돌리기/ })).toBeNull();
  });

  it('offers no restore for the current version', async () => {
    renderPanel();
    const diff = await openVersion(4);
    await within(diff).findByRole('region', { name: '둘째 소식' });
    expect(within(diff).queryByRole('button', { name: /되돌리기/ })).toBeNull();
  });
});

describe('history panel in the editor', () => {
  it('saves what was typed first, then restores a brief into the editor as a new revision', async () => {
    render(
      <I18nextProvider i18n={createI18n()}>
        <QueryClientProvider client={createQueryClient()}>
          <ToastProvider>
            <CurrentUserContext.Provider value={user}>
              <MemoryRouter initialEntries={[`/roundups/${roundupId}`]}>
                <Routes>
                  <Route path="/roundups/:id" element={<RoundupEditorPage />} />
                </Routes>
              </MemoryRouter>
            </CurrentUserContext.Provider>
          </ToastProvider>
        </QueryClientProvider>
      </I18nextProvider>,
    );
    const editor = await waitFor(() => {
      const dom: (Element & { editor?: Editor }) | null = document.querySelector('.ProseMirror');
      if (!dom?.editor) throw new Error('the editor is not there yet');
      return dom.editor;
    });
    const pointer = userEvent.setup();
    await pointer.click(screen.getByRole('button', { name: '수정 기록' }));
    const diff = await openVersion(1);

    // Typed just now, not saved yet: the restore must save it first and keep it (it is in another brief).
    act(() => {
      editor.chain().focusBrief(2).insertContent(' 방금 씀').run();
    });
    const second = await within(diff).findByRole('region', { name: '둘째 소식' });
    await pointer.click(within(second).getByRole('button', { name: '이 브리프만 되돌리기' }));
    await pointer.click(within(second).getByRole('button', { name: '되돌리기' }));

    expect(await screen.findByText('되돌린 내용을 새 버전(6)으로 저장했습니다.', {}, { timeout: 5000 })).toBeInTheDocument();
    const stored = await roundups.get(reporter, roundupId);
    expect(stored.version).toBe(6);
    expect(secondBriefText(stored)).toBe(texts[0]);
    expect(JSON.stringify(stored.body)).toContain('셋째 소식 방금 씀');
    expect(editor.getJSON()).toEqual(stored.body);
    expect(await screen.findByRole('button', { name: /^버전 6 · 버전 1에서 되돌림/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^버전 5 · 저장/ })).toBeInTheDocument();
  });
});
