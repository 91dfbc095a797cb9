// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiRoutes } from '@/contract/routes';
import { sessionResponseSchema, type User } from '@/contract/user-endpoints';
import { ToastProvider } from '@/components/ui/toast-provider';
import { apiRequest } from '@/lib/api-client';
import { CurrentUserContext } from '@/lib/current-user';
import { createI18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { MemoryRouter } from '@/lib/router';
import { createMockHandlers } from '@/mocks/handlers';
import { createTestMockApi, inMemorySessionCookies } from '@/mocks/test-mock-api';
import { demoPassword } from '@/services/demo-accounts';
import { UserMenu } from './user-menu';
import { installModalDialogPolyfill } from '@/test/modal-dialog-polyfill';

let server: ReturnType<typeof setupServer>;

beforeAll(installModalDialogPolyfill);

beforeEach(async () => {
  const { app } = await createTestMockApi({ sessionCookies: inMemorySessionCookies() });
  server = setupServer(...createMockHandlers({ app, baseUrl: window.location.origin }));
  server.listen({ onUnhandledRequest: 'error' });
});

afterEach(() => server.close());

async function renderMenu(email: string) {
  const { user } = await apiRequest(apiRoutes.session, { method: 'POST', json: { email, password: demoPassword }, schema: sessionResponseSchema });
  renderWith(user);
  return userEvent.setup();
}

function renderWith(user: User) {
  render(
    <I18nextProvider i18n={createI18n()}>
      <QueryClientProvider client={createQueryClient()}>
        <ToastProvider>
          <CurrentUserContext.Provider value={user}>
            <MemoryRouter>
              <UserMenu />
            </MemoryRouter>
          </CurrentUserContext.Provider>
        </ToastProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('user menu', () => {
  it('links admins, and only admins, to the accounts screen', async () => {
    await renderMenu('admin@bureau.test');
    expect(screen.getByRole('link', { name: '계정 관리' })).toHaveAttribute('href', '/accounts');
  });

  it('offers no accounts link to a reporter', async () => {
    await renderMenu('reporter@bureau.test');
    expect(screen.queryByRole('link', { name: '계정 관리' })).toBeNull();
    expect(screen.getByRole('button', { name: '비밀번호 변경' })).toBeInTheDocument();
  });

  it('changes my password: says in Korean what is wrong, then keeps me signed in with the new one', async () => {
    const person = await renderMenu('reporter@bureau.test');
    await person.click(screen.getByRole('button', { name: '비밀번호 변경' }));
    const dialog = await screen.findByRole('dialog', { name: '비밀번호 변경' });
    const current = within(dialog).getByLabelText('지금 비밀번호');
    const fresh = within(dialog).getByLabelText('새 비밀번호');
    const repeat = within(dialog).getByLabelText('새 비밀번호 확인');

    await person.type(current, 'not my password');
    await person.type(fresh, 'gwangju-news-2026');
    await person.type(repeat, 'gwangju-news-2027');
    await person.click(within(dialog).getByRole('button', { name: '바꾸기' }));
    expect(within(dialog).getByText('새 비밀번호가 서로 다릅니다.')).toBeInTheDocument();

    await person.clear(repeat);
    await person.type(repeat, 'gwangju-news-2026');
    await person.click(within(dialog).getByRole('button', { name: '바꾸기' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('지금 비밀번호가 맞지 않습니다.');

    await person.clear(current);
    await person.type(current, demoPassword);
    await person.click(within(dialog).getByRole('button', { name: '바꾸기' }));
    expect(await screen.findByText('비밀번호를 바꿨습니다. 다른 기기의 로그인은 끝났습니다.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: '비밀번호 변경' })).toHaveFocus();

    const me = await apiRequest(apiRoutes.me, { schema: sessionResponseSchema });
    expect(me.user.email).toBe('reporter@bureau.test');
    const again = await apiRequest(apiRoutes.session, {
      method: 'POST',
      json: { email: 'reporter@bureau.test', password: 'gwangju-news-2026' },
      schema: sessionResponseSchema,
    });
    expect(again.user.id).toBe('u-reporter');
    // Typing three passwords twice over takes a while on a busy machine.
  }, 30_000);
});
