// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useParams } from '@/lib/router';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiRoutes } from '@/contract/routes';
import { roundupResponseSchema } from '@/contract/roundup-endpoints';
import { sessionResponseSchema, type User } from '@/contract/user-endpoints';
import { createMockHandlers } from '@/mocks/handlers';
import { createTestMockApi, inMemorySessionCookies } from '@/mocks/test-mock-api';
import { demoPassword } from '@/services/demo-accounts';
import { ToastProvider } from '@/components/ui/toast-provider';
import { apiRequest } from '@/lib/api-client';
import { CurrentUserContext } from '@/lib/current-user';
import { createI18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { ImportFromText } from './import-from-text';
import { installModalDialogPolyfill } from '@/test/modal-dialog-polyfill';

const seed = readFileSync(join(import.meta.dirname, '../../../../tests/fixtures/import/newsis-gwangju-roundup-2017-12-06.txt'), 'utf8');

let server: ReturnType<typeof setupServer>;
let user: User;
/** Every request the page made, in order, as `METHOD path`. */
let requests: string[];

beforeAll(installModalDialogPolyfill);

beforeEach(async () => {
  const { app } = await createTestMockApi({ sessionCookies: inMemorySessionCookies() });
  server = setupServer(...createMockHandlers({ app, baseUrl: window.location.origin }));
  server.listen({ onUnhandledRequest: 'error' });
  requests = [];
  server.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  user = (
    await apiRequest(apiRoutes.session, {
      method: 'POST',
      json: { email: 'reporter@bureau.test', password: demoPassword },
      schema: sessionResponseSchema,
    })
  ).user;
  requests = [];
});

afterEach(() => server.close());

function EditorStub() {
  const { id } = useParams();
  return <p>editor for {id}</p>;
}

function renderImport(signedIn: User = user) {
  render(
    <I18nextProvider i18n={createI18n()}>
      <QueryClientProvider client={createQueryClient()}>
        <ToastProvider>
          <CurrentUserContext.Provider value={signedIn}>
            <MemoryRouter initialEntries={['/']}>
              <Routes>
                <Route path="/" element={<ImportFromText />} />
                <Route path="/roundups/:id" element={<EditorStub />} />
              </Routes>
            </MemoryRouter>
          </CurrentUserContext.Provider>
        </ToastProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

async function openDialog() {
  const person = userEvent.setup();
  renderImport();
  await person.click(screen.getByRole('button', { name: '텍스트에서 가져오기' }));
  const dialog = await screen.findByRole('dialog', { name: '텍스트에서 가져오기' });
  const textbox = within(dialog).getByRole('textbox', { name: '기사 텍스트' });
  expect(textbox).toHaveFocus();
  return { person, dialog, textbox };
}

describe('import from text', () => {
  it('previews the pasted roundup live: structure, warnings with lines, confidence and the published layout', async () => {
    const { person, dialog } = await openDialog();
    await person.paste(seed);

    const preview = within(dialog).getByRole('region', { name: '가져올 내용' });
    const structure = await within(preview).findByRole('region', { name: '읽어 낸 구조' });
    expect(within(structure).getByText('브리프 3건')).toBeInTheDocument();
    expect(within(structure).getByText('광산구, 사회적경제·일자리창출 대상 등')).toBeInTheDocument();
    expect(within(structure).getByText('광주소식')).toBeInTheDocument();
    expect(within(structure).getByText('신대희')).toBeInTheDocument();
    expect(within(structure).getByText(/2017\. 12\. 6\..*5:35/)).toBeInTheDocument();
    const briefs = within(structure).getAllByRole('listitem').filter((item) => item.classList.contains('import-brief'));
    expect(briefs.map((brief) => within(brief).getByText(/^◇/).textContent)).toEqual([
      '◇광산구, 사회적경제·일자리창출 대상',
      "◇광산구 '영유아 수면 코칭사업' 협약식 개최",
      '◇북부소방서, 퇴직 소방관 초청 간담회',
    ]);
    expect(within(briefs[0]!).getByText('문단 12개 · 사진 0장')).toBeInTheDocument();
    expect(within(briefs[1]!).getByText('광산구 제공')).toBeInTheDocument();

    const warnings = within(preview).getByRole('region', { name: /확인할 점/ });
    expect(within(warnings).getByText('기사 화면이 기자 이메일을 가려 두었습니다. 이메일을 채워 주세요.')).toBeInTheDocument();
    expect(within(warnings).getAllByText('사진 파일은 가져오지 않습니다. 초안에서 사진을 올려 주세요.')).toHaveLength(2);
    expect(within(warnings).getByText('74행')).toBeInTheDocument();

    expect(within(preview).getByRole('meter', { name: '신뢰도' })).toHaveProperty('value', 0.98);
    expect(within(preview).getByText('98%')).toBeInTheDocument();
    const article = within(preview).getByRole('article');
    expect(within(article).getByRole('heading', { level: 1, name: '광산구, 사회적경제·일자리창출 대상 등' })).toBeInTheDocument();
    expect(within(article).getAllByRole('heading', { level: 2 })).toHaveLength(3);
    expect(within(article).getAllByRole('img', { name: '사진 없음' })).toHaveLength(2);

    expect(within(dialog).getByRole('status')).toHaveTextContent('브리프 3건 · 신뢰도 98% · 확인할 점 3건');
    expect(within(dialog).getByRole('button', { name: '초안 만들기' })).toBeEnabled();
    // The preview is read in the browser: nothing was sent while typing.
    expect(requests).toEqual([]);
  });

  it('explains why empty or HTML text cannot be imported and offers no draft', async () => {
    const { person, dialog, textbox } = await openDialog();
    const create = within(dialog).getByRole('button', { name: '초안 만들기' });
    expect(within(dialog).getByText('가져올 텍스트가 없습니다. 기사 본문을 복사해 붙여 넣으세요.')).toBeInTheDocument();
    expect(create).toBeDisabled();

    await person.paste('<!doctype html><html><body><p>광주소식</p></body></html>');
    expect(await within(dialog).findByText(/HTML 소스로 보입니다/)).toBeInTheDocument();
    expect(create).toBeDisabled();

    await person.clear(textbox);
    await person.type(textbox, '   ');
    expect(await within(dialog).findByText('가져올 텍스트가 없습니다. 기사 본문을 복사해 붙여 넣으세요.')).toBeInTheDocument();
    expect(create).toBeDisabled();
  });

  it('creates the draft from the server’s reading and opens it', async () => {
    const { person, dialog } = await openDialog();
    await person.paste(seed);
    const create = within(dialog).getByRole('button', { name: '초안 만들기' });
    await waitFor(() => expect(create).toBeEnabled());
    await person.click(create);

    const opened = await screen.findByText(/^editor for id-\d+$/);
    expect(requests).toEqual(['POST /api/import', 'POST /api/roundups']);
    const id = opened.textContent!.replace('editor for ', '');
    const created = await apiRequest(apiRoutes.roundup(id), { schema: roundupResponseSchema });
    expect(created.status).toBe('draft');
    expect(created.meta).toMatchObject({ kicker: '광주소식', headline: '광산구, 사회적경제·일자리창출 대상 등', region: '광주' });
    expect(created.body.content).toHaveLength(3);
  });

  it('saves nothing and says why when the server refuses the text', async () => {
    server.use(
      http.post(apiRoutes.importText, () =>
        HttpResponse.json({ error: { code: 'import_failed', message: 'no briefs', details: { reason: 'no_briefs' } } }, { status: 422 }),
      ),
    );
    const { person, dialog } = await openDialog();
    await person.paste(seed);
    const create = within(dialog).getByRole('button', { name: '초안 만들기' });
    await waitFor(() => expect(create).toBeEnabled());
    await person.click(create);

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/^브리프를 찾지 못했습니다\..*아무것도 저장되지 않았습니다\.$/);
    expect(requests).toEqual(['POST /api/import']);
    expect(screen.queryByText(/^editor for/)).not.toBeInTheDocument();
  });

  it('closes on cancel and gives the focus back to the button', async () => {
    const { person, dialog } = await openDialog();
    await person.click(within(dialog).getByRole('button', { name: '취소' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '텍스트에서 가져오기' })).toHaveFocus();
  });

  it('is not offered to a designer, who cannot create roundups', () => {
    renderImport({ ...user, role: 'designer' });
    expect(screen.queryByRole('button', { name: '텍스트에서 가져오기' })).not.toBeInTheDocument();
  });
});
