// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from '@/lib/router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiRoutes } from '@/contract/routes';
import { sessionResponseSchema, type User } from '@/contract/user-endpoints';
import { createMockHandlers } from '@/mocks/handlers';
import { createTestMockApi, inMemorySessionCookies } from '@/mocks/test-mock-api';
import { gwangjuRoundupMetadata } from '@/schema/demo/gwangju-roundup';
import type { Actor } from '@/services/actor';
import { briefText, textTargetFor } from '@/services/comment-anchor';
import { createCommentService } from '@/services/comment-service';
import { demoAccounts, demoPassword } from '@/services/demo-accounts';
import { createRoundupService } from '@/services/roundup-service';
import { apiRequest } from '@/lib/api-client';
import { CurrentUserContext } from '@/lib/current-user';
import { createI18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { sampleBrief } from '../../../../tests/contract/sample-bodies';
import { NotificationsMenu } from './notifications-menu';

const reporter: Actor = { id: 'u-reporter', name: '신대희', role: 'reporter' };
const desk: Actor = { id: 'u-desk', name: '김데스크', role: 'desk' };

let server: ReturnType<typeof setupServer>;
let user: User;
let roundupId: string;
let threadIds: string[];

beforeEach(async () => {
  localStorage.clear();
  const start = Date.now();
  let seconds = 0;
  // Each call a second later, so the newest-first order is certain.
  const clock = () => new Date(start + (seconds += 1) * 1000);
  const { app, storage } = await createTestMockApi({
    clock,
    sessionCookies: inMemorySessionCookies(),
  });
  let ids = 0;
  const roundups = createRoundupService({ storage: storage.roundups, clock, generateId: () => `seed-${(ids += 1)}` });
  const brief = sampleBrief('b-1', '첫째 소식', '광주시는 박람회를 열었다.');
  roundupId = (await roundups.create(reporter, { meta: gwangjuRoundupMetadata, body: { type: 'doc', content: [brief] } })).id;
  const comments = createCommentService({
    storage: storage.comments,
    roundups,
    people: async () => ({ items: demoAccounts.map(({ id, name, role }) => ({ id, name, role })) }),
    clock,
    generateId: () => `thread-${(ids += 1)}`,
  });
  const text = briefText(brief);
  const at = text.indexOf('박람회');
  const onText = await comments.open(desk, roundupId, {
    target: textTargetFor('b-1', text, at, at + 3),
    body: '@신대희 명칭 확인',
    mentions: ['u-reporter'],
  });
  const onBrief = await comments.open(desk, roundupId, { target: { kind: 'brief', briefId: 'b-1' }, body: '전체 분량 줄이기', mentions: [] });
  threadIds = [onText.id, onBrief.id];
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

describe('notifications menu', () => {
  it('lists comments on my roundups and mentions of me, linking to the thread', async () => {
    render(
      <I18nextProvider i18n={createI18n()}>
        <QueryClientProvider client={createQueryClient()}>
          <CurrentUserContext.Provider value={user}>
            <MemoryRouter>
              <NotificationsMenu />
            </MemoryRouter>
          </CurrentUserContext.Provider>
        </QueryClientProvider>
      </I18nextProvider>,
    );
    const button = screen.getByRole('button', { name: /알림/ });
    await within(button).findByText('2');
    await userEvent.setup().click(button);
    const links = within(screen.getByRole('region', { name: '알림' })).getAllByRole('link');
    expect(links).toHaveLength(2);
    expect(links[0]).toHaveTextContent('김데스크 님이 의견을 남겼습니다');
    expect(links[0]).toHaveTextContent('전체 분량 줄이기');
    expect(links[0]).toHaveAttribute('href', `/roundups/${roundupId}?comment=${threadIds[1]}`);
    expect(links[1]).toHaveTextContent('김데스크 님이 나를 언급했습니다');
    expect(links[1]).toHaveTextContent('박람회');
    expect(links[1]).toHaveAttribute('href', `/roundups/${roundupId}?comment=${threadIds[0]}`);
    expect(within(button).queryByText('2')).toBeNull();
  });
});
