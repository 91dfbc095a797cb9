// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedSessionCookies } from '@/api/session-cookies';
import { apiRoutes } from '@/contract/routes';
import { sessionResponseSchema } from '@/contract/user-endpoints';
import { createMockHandlers } from '@/mocks/handlers';
import { createTestMockApi } from '@/mocks/test-mock-api';
import { demoPassword } from '@/services/demo-accounts';
import { apiRequest } from '@/lib/api-client';
import { createI18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { App } from './app';

let server: ReturnType<typeof setupServer>;
/** The mock's cookie jar: deleting its entries is the browser losing the session cookie. */
const cookieJar = new Map<string, string>();
let meRequests = 0;

beforeEach(async () => {
  cookieJar.clear();
  meRequests = 0;
  const sessionCookies = storedSessionCookies({
    getItem: (key) => cookieJar.get(key) ?? null,
    setItem: (key, value) => void cookieJar.set(key, value),
    removeItem: (key) => void cookieJar.delete(key),
  });
  const { app } = await createTestMockApi({ sessionCookies });
  server = setupServer(...createMockHandlers({ app, baseUrl: window.location.origin }));
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === apiRoutes.me) meRequests += 1;
  });
  server.listen({ onUnhandledRequest: 'error' });
  await apiRequest(apiRoutes.session, {
    method: 'POST',
    json: { email: 'reporter@bureau.test', password: demoPassword },
    schema: sessionResponseSchema,
  });
});

afterEach(() => server.close());

function renderApp() {
  window.history.replaceState(null, '', '/');
  render(
    <App queryClient={createQueryClient()} i18n={createI18n()} demo={null} showDemoAccounts={false} live={() => () => undefined} />,
  );
}

describe('the end of a session', () => {
  it('one 401 shows the sign-in page and asks /api/me no more than once again', async () => {
    renderApp();
    const create = await screen.findByRole('button', { name: /새 묶음 기사/ }, { timeout: 10_000 });
    const meBefore = meRequests;

    cookieJar.clear();
    await userEvent.click(create);

    expect(await screen.findByRole('heading', { name: '로그인', level: 1 }, { timeout: 5_000 })).toBeInTheDocument();
    // Give a loop, if there were one, the time to show itself: it asked hundreds of times a second.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(meRequests - meBefore).toBeLessThanOrEqual(1);
    expect(screen.queryByRole('button', { name: /새 묶음 기사/ })).not.toBeInTheDocument();
  }, 20_000);

  it('"sign out" shows the sign-in page', async () => {
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: '로그아웃' }, { timeout: 10_000 }));

    expect(await screen.findByRole('heading', { name: '로그인', level: 1 }, { timeout: 5_000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: '로그아웃' })).not.toBeInTheDocument());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByRole('heading', { name: '로그인', level: 1 })).toBeInTheDocument();
  }, 20_000);
});
