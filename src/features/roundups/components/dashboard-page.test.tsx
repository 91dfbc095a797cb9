// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useParams } from '@/lib/router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gwangjuRoundupBody, gwangjuRoundupMetadata } from '@/schema/demo/gwangju-roundup';
import type { Actor } from '@/services/actor';
import { demoPassword } from '@/services/demo-accounts';
import { createRoundupService } from '@/services/roundup-service';
import { createMockHandlers } from '@/mocks/handlers';
import { createTestMockApi, inMemorySessionCookies } from '@/mocks/test-mock-api';
import { apiRoutes } from '@/contract/routes';
import { sessionResponseSchema } from '@/contract/user-endpoints';
import { apiRequest } from '@/lib/api-client';
import { ToastProvider } from '@/components/ui/toast-provider';
import type { User } from '@/contract/user-endpoints';
import { CurrentUserContext } from '@/lib/current-user';
import { createI18n, switchLanguage } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { DashboardPage } from './dashboard-page';

let server: ReturnType<typeof setupServer>;
/** The service behind the mock API, for tests that need more roundups. */
let seedRoundups: ReturnType<typeof createRoundupService>;
const reporterUser: User = { id: 'u-reporter', name: '신대희', email: 'reporter@bureau.test', role: 'reporter' };

beforeEach(async () => {
  const clock = () => new Date('2026-11-30T02:00:00.000Z');
  const { app, storage } = await createTestMockApi({
    clock,
    sessionCookies: inMemorySessionCookies({ now: () => clock().getTime() }),
  });
  const roundups = createRoundupService({ storage: storage.roundups, clock, generateId: () => `seed-${Math.random().toString(36).slice(2)}` });
  const reporter: Actor = { id: 'u-reporter', name: '신대희', role: 'reporter' };
  await roundups.create(reporter, { meta: gwangjuRoundupMetadata, body: gwangjuRoundupBody });
  await roundups.create(reporter, { meta: { ...gwangjuRoundupMetadata, kicker: '전남소식', headline: '여수시, 겨울 축제 준비' } });
  seedRoundups = roundups;
  server = setupServer(...createMockHandlers({ app, baseUrl: window.location.origin }));
  server.listen({ onUnhandledRequest: 'error' });
  await apiRequest(apiRoutes.session, {
    method: 'POST',
    json: { email: 'reporter@bureau.test', password: demoPassword },
    schema: sessionResponseSchema,
  });
});

afterEach(() => server.close());

function EditorStub() {
  const { id } = useParams();
  return <p>editor for {id}</p>;
}

function renderDashboard(user: User = reporterUser) {
  const i18n = createI18n();
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={createQueryClient()}>
        <ToastProvider>
          <CurrentUserContext.Provider value={user}>
            <MemoryRouter initialEntries={['/']}>
              <Routes>
                <Route path="/" element={<DashboardPage />} />
                <Route path="/roundups/:id" element={<EditorStub />} />
              </Routes>
            </MemoryRouter>
          </CurrentUserContext.Provider>
        </ToastProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return i18n;
}

describe('dashboard', () => {
  it('lists roundups with status, headline, brief count and last change', async () => {
    renderDashboard();
    const table = await screen.findByRole('table', { name: '기사 목록' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const seed = rows.find((row) => row.textContent?.includes('광산구, 사회적경제·일자리창출 대상 등'));
    expect(seed).toBeDefined();
    expect(within(seed!).getByText('작성 중')).toBeInTheDocument();
    expect(within(seed!).getByText('3건')).toBeInTheDocument();
    expect(within(seed!).getByRole('link', { name: '[광주소식]광산구, 사회적경제·일자리창출 대상 등' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/roundups\/seed-/),
    );
    expect(screen.getByText('기사 2건')).toBeInTheDocument();
  });

  it('shows the last change in the UI language and in Korea time, and again after a language switch', async () => {
    const i18n = renderDashboard();
    const table = await screen.findByRole('table', { name: '기사 목록' });
    // Saved at 02:00 UTC by the test clock: 11:00 in Korea. The Korean day period (오전) is ICU data; some ICU
    // builds print AM in its place, so either is accepted as long as it comes first, the Korean order.
    const [koreanTime] = within(table).getAllByText(/^2026\. 11\. 30\. (오전|AM) 11:00$/);
    expect(koreanTime).toHaveAttribute('dateTime', '2026-11-30T02:00:00.000Z');

    await act(() => switchLanguage(i18n, 'en'));
    const englishTable = await screen.findByRole('table', { name: 'Roundups' });
    expect(within(englishTable).getAllByText(/^Nov 30, 2026, 11:00\sAM$/)).toHaveLength(2);
    expect(screen.getByText('2 roundups')).toBeInTheDocument();
  });

  it('searches by headline', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox', { name: '제목으로 찾기' }), '여수');
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
    expect(screen.getByRole('link', { name: /여수시, 겨울 축제 준비/ })).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: '제목으로 찾기' }));
    await user.type(screen.getByRole('searchbox', { name: '제목으로 찾기' }), '없는 제목');
    expect(await screen.findByText('"없는 제목"와 일치하는 기사가 없습니다.')).toBeInTheDocument();
  });

  it('creates a roundup and opens it', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: /새 묶음 기사/ }));
    expect(await screen.findByText(/^editor for id-\d+$/)).toBeInTheDocument();
  });
});

describe('desk view', () => {
  it('groups by status with counts and filters by status and region', async () => {
    renderDashboard();
    const groups = await screen.findByRole('group', { name: '상태별 묶음' });
    await waitFor(() => expect(within(groups).getByRole('button', { name: /전체/ })).toHaveTextContent('전체2'));
    expect(within(groups).getByRole('button', { name: /작성 중/ })).toHaveTextContent('작성 중2');
    expect(within(groups).getByRole('button', { name: /송고됨/ })).toHaveTextContent('송고됨0');

    await userEvent.click(within(groups).getByRole('button', { name: /송고됨/ }));
    expect(within(groups).getByRole('button', { name: /송고됨/ })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByText('이 조건에 맞는 기사가 없습니다.')).toBeVisible();

    await userEvent.click(within(groups).getByRole('button', { name: /전체/ }));
    await userEvent.type(screen.getByLabelText('지역'), '전남');
    await waitFor(() => expect(within(groups).getByRole('button', { name: /전체/ })).toHaveTextContent('전체0'));
  });

  it('shows the first page, the total from the counts, and the next page on request', async () => {
    const reporter: Actor = { id: 'u-reporter', name: '신대희', role: 'reporter' };
    for (let index = 0; index < 50; index += 1) {
      await seedRoundups.create(reporter, { meta: { ...gwangjuRoundupMetadata, headline: `추가 기사 ${index}` } });
    }
    renderDashboard();
    const table = await screen.findByRole('table', { name: '기사 목록' });
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(50);
    expect(screen.getByText('기사 52건')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '더 보기 (50/52건)' }));
    await waitFor(() => expect(within(table).getAllByRole('row').slice(1)).toHaveLength(52));
    expect(screen.queryByRole('button', { name: /더 보기/ })).not.toBeInTheDocument();
  }, 30_000);

  describe('offers only what the server allows', () => {
    beforeEach(async () => {
      await seedRoundups.create({ id: 'u-desk', name: '김데스크', role: 'desk' }, { meta: { ...gwangjuRoundupMetadata, headline: '데스크가 쓴 기사' } });
    });

    it('a designer is offered neither create nor delete', async () => {
      renderDashboard({ id: 'u-designer', name: '박디자인', email: 'designer@bureau.test', role: 'designer' });
      const table = await screen.findByRole('table', { name: '기사 목록' });
      expect(within(table).getAllByRole('row').slice(1)).toHaveLength(3);
      expect(screen.queryByRole('button', { name: /새 묶음 기사/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /삭제/ })).not.toBeInTheDocument();
    });

    it('a reporter may delete their own drafts only, not the desk’s roundup', async () => {
      renderDashboard();
      const table = await screen.findByRole('table', { name: '기사 목록' });
      const rows = within(table).getAllByRole('row').slice(1);
      const desks = rows.find((row) => row.textContent?.includes('데스크가 쓴 기사'));
      expect(within(desks!).queryByRole('button', { name: /삭제/ })).not.toBeInTheDocument();
      expect(within(table).getAllByRole('button', { name: /삭제/ })).toHaveLength(2);
      expect(screen.getByRole('button', { name: /새 묶음 기사/ })).toBeInTheDocument();
    });

    it('nobody is offered delete for a published or withdrawn roundup', async () => {
      const admin: Actor = { id: 'u-admin', name: '관리자', role: 'admin' };
      let published = await seedRoundups.create(admin, { meta: { ...gwangjuRoundupMetadata, headline: '출고한 기사' } });
      let withdrawn = await seedRoundups.create(admin, { meta: { ...gwangjuRoundupMetadata, headline: '거둔 기사' } });
      for (const action of ['submit', 'start_review', 'approve', 'publish'] as const) {
        const request = action === 'approve' ? { action, override: { note: '시험' } } : { action };
        published = await seedRoundups.act(admin, published.id, request);
        withdrawn = await seedRoundups.act(admin, withdrawn.id, request);
      }
      await seedRoundups.act(admin, withdrawn.id, { action: 'unpublish', reason: '시험' });
      renderDashboard({ id: 'u-desk', name: '김데스크', email: 'desk@bureau.test', role: 'desk' });
      const table = await screen.findByRole('table', { name: '기사 목록' });
      const rows = within(table).getAllByRole('row').slice(1);
      for (const headline of ['출고한 기사', '거둔 기사']) {
        const row = rows.find((candidate) => candidate.textContent?.includes(headline));
        expect(row).toBeDefined();
        expect(within(row!).queryByRole('button', { name: /삭제/ })).not.toBeInTheDocument();
      }
      expect(within(table).getAllByRole('button', { name: /삭제/ })).toHaveLength(3);
    }, 30_000);

    it('a desk may delete any roundup that was never published', async () => {
      renderDashboard({ id: 'u-desk', name: '김데스크', email: 'desk@bureau.test', role: 'desk' });
      const table = await screen.findByRole('table', { name: '기사 목록' });
      expect(within(table).getAllByRole('button', { name: /삭제/ })).toHaveLength(3);
    });
  });
});
