// @vitest-environment jsdom
import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import type { Editor, JSONContent } from '@tiptap/core';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from '@/lib/router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiRoutes } from '@/contract/routes';
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
import { queryKeys } from '@/lib/query-keys';
import { RoundupEditorPage } from './roundup-editor-page';
import { sampleBrief } from '../../../../tests/contract/sample-bodies';

const brief = sampleBrief;

const threeBriefs: JSONContent = {
  type: 'doc',
  content: [brief('b-1', '첫째 소식', '가가'), brief('b-2', '둘째 소식', '나나'), brief('b-3', '셋째 소식', '다다')],
};

const reporter: Actor = { id: 'u-reporter', name: '신대희', role: 'reporter' };

interface SentSave {
  method: string;
  body: Record<string, unknown>;
}

let server: ReturnType<typeof setupServer>;
let roundups: RoundupService;
let roundupId: string;
let user: User;
let saves: Promise<SentSave>[];

beforeEach(async () => {
  localStorage.clear();
  const clock = () => new Date();
  const { app, storage } = await createTestMockApi({
    clock,
    sessionCookies: inMemorySessionCookies(),
  });
  let ids = 0;
  roundups = createRoundupService({ storage: storage.roundups, clock, generateId: () => `seed-${(ids += 1)}` });
  roundupId = (await roundups.create(reporter, { meta: gwangjuRoundupMetadata, body: threeBriefs })).id;
  server = setupServer(...createMockHandlers({ app, baseUrl: window.location.origin }));
  server.listen({ onUnhandledRequest: 'error' });
  user = (
    await apiRequest(apiRoutes.session, {
      method: 'POST',
      json: { email: 'reporter@bureau.test', password: demoPassword },
      schema: sessionResponseSchema,
    })
  ).user;
  saves = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method !== 'PUT' && request.method !== 'PATCH') return;
    const method = request.method;
    saves.push(request.clone().json().then((body: Record<string, unknown>) => ({ method, body })));
  });
});

afterEach(() => server.close());

function renderEditor(): { queryClient: QueryClient } {
  const queryClient = createQueryClient();
  render(
    <I18nextProvider i18n={createI18n()}>
      <QueryClientProvider client={queryClient}>
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
  return { queryClient };
}

async function openEditor(): Promise<{ editor: Editor; queryClient: QueryClient }> {
  const { queryClient } = renderEditor();
  const editor = await waitFor(() => {
    const dom: (Element & { editor?: Editor }) | null = document.querySelector('.ProseMirror');
    if (!dom?.editor) throw new Error('the editor is not there yet');
    return dom.editor;
  });
  return { editor, queryClient };
}

function typeIntoBrief(editor: Editor, index: number, text: string) {
  act(() => {
    editor.chain().focusBrief(index).insertContent(text).run();
  });
}

async function savedVersion(version: number): Promise<Roundup> {
  // The save status is one of the page's live regions (brief moves are announced in another).
  await waitFor(
    () => expect(screen.getAllByRole('status').find((region) => region.hasAttribute('data-save-state'))).toHaveAttribute('data-save-state', 'saved'),
    { timeout: 5000 },
  );
  const stored = await roundups.get(reporter, roundupId);
  expect(stored.version).toBe(version);
  return stored;
}

function briefIds(body: unknown): unknown[] {
  return Array.isArray(body) ? body.map((node: { attrs?: { id?: unknown } }) => node.attrs?.id) : [];
}

// Each test renders the whole editor page and waits out real autosave delays: seconds, more on a busy machine.
describe('editor autosave', { timeout: 20_000 }, () => {
  it('sends a partial save with just the edited brief, and the server and the cache end up with the editor content', async () => {
    const { editor, queryClient } = await openEditor();
    typeIntoBrief(editor, 1, ' 추가');
    await waitFor(() => expect(saves).toHaveLength(1), { timeout: 5000 });
    const stored = await savedVersion(2);

    const sent = await saves[0]!;
    expect(sent.method).toBe('PATCH');
    expect(sent.body).toEqual({
      baseVersion: 1,
      briefOrder: ['b-1', 'b-2', 'b-3'],
      briefs: [editor.state.doc.child(1).toJSON()],
    });
    expect(JSON.stringify(sent.body)).toContain('둘째 소식 추가');
    expect(stored.body).toEqual(editor.getJSON());
    expect(stored.meta).toEqual(gwangjuRoundupMetadata);

    const cached = queryClient.getQueryData<Roundup>(queryKeys.roundups.detail(roundupId));
    expect(cached?.version).toBe(2);
    expect(cached?.updatedAt).toBe(stored.updatedAt);
    expect(cached?.body).toEqual(stored.body);
  });

  it('saves the whole document over a newer version on "keep mine", then goes back to partial saves', async () => {
    const { editor } = await openEditor();
    await roundups.save(reporter, roundupId, {
      baseVersion: 1,
      meta: gwangjuRoundupMetadata,
      body: { type: 'doc', content: [brief('b-1', '첫째 소식', '다른 사람'), brief('b-3', '셋째 소식', '다다')] },
    });
    typeIntoBrief(editor, 0, ' 내 것');
    await screen.findByRole('button', { name: '내 내용으로 저장' }, { timeout: 5000 });
    await userEvent.setup().click(screen.getByRole('button', { name: '내 내용으로 저장' }));
    const overwritten = await savedVersion(3);
    const keepMine = await saves[1]!;
    expect(keepMine.method).toBe('PUT');
    expect(keepMine.body).toMatchObject({ baseVersion: 2, body: editor.getJSON() });
    expect(overwritten.body).toEqual(editor.getJSON());

    typeIntoBrief(editor, 2, ' 다시');
    await waitFor(() => expect(saves).toHaveLength(3), { timeout: 5000 });
    const next = await savedVersion(4);
    const partial = await saves[2]!;
    expect(partial.method).toBe('PATCH');
    expect(briefIds(partial.body.briefs)).toEqual(['b-3']);
    expect(next.body).toEqual(editor.getJSON());
  });

  it('after "load theirs", sends only what is edited on top of their version', async () => {
    const { editor } = await openEditor();
    const theirs = { type: 'doc', content: [brief('b-3', '셋째 소식', '그들'), brief('b-1', '첫째 소식', '가가')] };
    await roundups.save(reporter, roundupId, { baseVersion: 1, meta: gwangjuRoundupMetadata, body: theirs });
    typeIntoBrief(editor, 1, ' 버려질 글');
    await screen.findByRole('button', { name: '서버 내용 불러오기 (내 변경 버림)' }, { timeout: 5000 });
    await userEvent.setup().click(screen.getByRole('button', { name: '서버 내용 불러오기 (내 변경 버림)' }));
    expect(editor.getJSON()).toEqual((await roundups.get(reporter, roundupId)).body);

    typeIntoBrief(editor, 1, ' 새 글');
    await waitFor(() => expect(saves).toHaveLength(2), { timeout: 5000 });
    const stored = await savedVersion(3);
    const sent = await saves[1]!;
    expect(sent.method).toBe('PATCH');
    expect(sent.body).toMatchObject({ baseVersion: 2, briefOrder: ['b-3', 'b-1'] });
    expect(briefIds(sent.body.briefs)).toEqual(['b-1']);
    expect(stored.body).toEqual(editor.getJSON());
  });
});
