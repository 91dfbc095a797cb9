// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accountListResponseSchema } from '@/contract/account-endpoints';
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
import { AccountsPage } from './accounts-page';
import { installModalDialogPolyfill } from '@/test/modal-dialog-polyfill';

let server: ReturnType<typeof setupServer>;

beforeAll(installModalDialogPolyfill);

beforeEach(async () => {
  const { app } = await createTestMockApi({ sessionCookies: inMemorySessionCookies() });
  server = setupServer(...createMockHandlers({ app, baseUrl: window.location.origin }));
  server.listen({ onUnhandledRequest: 'error' });
});

afterEach(() => server.close());

async function signIn(email: string): Promise<User> {
  const session = await apiRequest(apiRoutes.session, { method: 'POST', json: { email, password: demoPassword }, schema: sessionResponseSchema });
  return session.user;
}

async function renderPage(email = 'admin@bureau.test') {
  const user = await signIn(email);
  render(
    <I18nextProvider i18n={createI18n()}>
      <QueryClientProvider client={createQueryClient()}>
        <ToastProvider>
          <CurrentUserContext.Provider value={user}>
            <MemoryRouter initialEntries={['/accounts']}>
              <AccountsPage />
            </MemoryRouter>
          </CurrentUserContext.Provider>
        </ToastProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return userEvent.setup();
}

async function accountsOnServer() {
  return accountListResponseSchema.parse(await (await fetch(apiRoutes.users, { credentials: 'include' })).json()).items;
}

function inputValue(element: HTMLElement): string {
  if (!(element instanceof HTMLInputElement)) throw new Error('not an input');
  return element.value;
}

function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr');
  if (row === null) throw new Error(`no row for ${name}`);
  return row;
}

// Typing names, addresses and passwords key by key takes a while on a busy machine.
describe('accounts page', { timeout: 30_000 }, () => {
  it('lists every account with role, status and last sign-in', async () => {
    await renderPage();
    const table = await screen.findByRole('table', { name: '계정 목록' });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    const admin = rowOf('관리자');
    expect(within(admin).getByText('(나)')).toBeInTheDocument();
    expect(within(admin).getByRole('combobox', { name: '관리자의 역할' })).toHaveValue('admin');
    expect(within(admin).getByText('사용 중')).toBeInTheDocument();
    expect(within(rowOf('신대희')).getByText('없음')).toBeInTheDocument();
  });

  it('creates an account with a temporary password shown once, which then signs in', async () => {
    const person = await renderPage();
    await screen.findByRole('table', { name: '계정 목록' });
    await person.click(screen.getByRole('button', { name: '새 계정' }));
    const dialog = await screen.findByRole('dialog', { name: '새 계정 만들기' });
    await person.type(within(dialog).getByRole('textbox', { name: '이름' }), '정새봄');
    await person.type(within(dialog).getByRole('textbox', { name: '이메일' }), 'saebom@bureau.test');
    expect(within(dialog).getByRole('combobox', { name: '역할' })).toHaveValue('reporter');
    expect(within(dialog).getByRole('radio', { name: /임시 비밀번호/ })).toBeChecked();
    await person.click(within(dialog).getByRole('button', { name: '만들기' }));

    const shown = await screen.findByRole('dialog', { name: '임시 비밀번호' });
    const password = within(shown).getByRole('textbox', { name: '임시 비밀번호' });
    const temporary = inputValue(password);
    expect(temporary).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await person.click(within(shown).getByRole('button', { name: '다 적었습니다' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByDisplayValue(temporary)).toBeNull();

    await waitFor(() => expect(rowOf('정새봄')).toBeInTheDocument());
    expect(within(rowOf('정새봄')).getByRole('combobox', { name: '정새봄의 역할' })).toHaveValue('reporter');
    const signedIn = await apiRequest(apiRoutes.session, {
      method: 'POST',
      json: { email: 'saebom@bureau.test', password: temporary },
      schema: sessionResponseSchema,
    });
    expect(signedIn.user).toMatchObject({ name: '정새봄', role: 'reporter' });
  });

  it('shows why an account cannot be created, in Korean, from the error code', async () => {
    const person = await renderPage();
    await screen.findByRole('table', { name: '계정 목록' });
    await person.click(screen.getByRole('button', { name: '새 계정' }));
    const dialog = await screen.findByRole('dialog', { name: '새 계정 만들기' });
    await person.type(within(dialog).getByRole('textbox', { name: '이름' }), '중복 기자');
    await person.type(within(dialog).getByRole('textbox', { name: '이메일' }), 'REPORTER@bureau.test');
    await person.click(within(dialog).getByRole('button', { name: '만들기' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('이미 같은 이메일 주소의 계정이 있습니다.');

    await person.clear(within(dialog).getByRole('textbox', { name: '이메일' }));
    await person.type(within(dialog).getByRole('textbox', { name: '이메일' }), 'short@bureau.test');
    await person.click(within(dialog).getByRole('radio', { name: '직접 정하기' }));
    await person.type(within(dialog).getByLabelText('비밀번호'), 'short');
    await person.click(within(dialog).getByRole('button', { name: '만들기' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('비밀번호는 10자 이상이어야 합니다.');
  });

  it('changes a role at once, and refuses to demote the last admin with a message', async () => {
    const person = await renderPage();
    await screen.findByRole('table', { name: '계정 목록' });
    await person.selectOptions(within(rowOf('신대희')).getByRole('combobox', { name: '신대희의 역할' }), 'desk');
    expect(await screen.findByText('신대희의 역할을 데스크(으)로 바꿨습니다.')).toBeInTheDocument();
    expect((await accountsOnServer()).find((account) => account.name === '신대희')?.role).toBe('desk');

    await person.selectOptions(within(rowOf('관리자')).getByRole('combobox', { name: '관리자의 역할' }), 'reporter');
    expect(await screen.findByText('마지막 관리자입니다. 다른 계정을 먼저 관리자로 정해 주세요.')).toBeInTheDocument();
    await waitFor(() => expect(within(rowOf('관리자')).getByRole('combobox', { name: '관리자의 역할' })).toHaveValue('admin'));
  });

  it('deactivates after confirmation, then reactivates', async () => {
    const person = await renderPage();
    await screen.findByRole('table', { name: '계정 목록' });
    await person.click(within(rowOf('김데스크')).getByRole('button', { name: '비활성화: 김데스크' }));
    const confirm = await screen.findByRole('dialog', { name: '계정 비활성화' });
    expect(confirm).toHaveAccessibleDescription(/김데스크\(desk@bureau.test\) 계정을 비활성화할까요/);
    await person.click(within(confirm).getByRole('button', { name: '취소' }));
    expect((await accountsOnServer()).find((account) => account.name === '김데스크')?.active).toBe(true);

    await person.click(within(rowOf('김데스크')).getByRole('button', { name: '비활성화: 김데스크' }));
    await person.click(within(await screen.findByRole('dialog', { name: '계정 비활성화' })).getByRole('button', { name: '비활성화' }));
    await waitFor(() => expect(within(rowOf('김데스크')).getByText('비활성')).toBeInTheDocument());
    expect((await accountsOnServer()).find((account) => account.name === '김데스크')?.active).toBe(false);

    await person.click(within(rowOf('김데스크')).getByRole('button', { name: '다시 활성화: 김데스크' }));
    await person.click(within(await screen.findByRole('dialog', { name: '계정 다시 활성화' })).getByRole('button', { name: '다시 활성화' }));
    await waitFor(() => expect(within(rowOf('김데스크')).getByText('사용 중')).toBeInTheDocument());
  });

  it('resets a password after confirmation and shows the new one once', async () => {
    const person = await renderPage();
    await screen.findByRole('table', { name: '계정 목록' });
    await person.click(within(rowOf('박디자인')).getByRole('button', { name: '비밀번호 재설정: 박디자인' }));
    await person.click(within(await screen.findByRole('dialog', { name: '비밀번호 재설정' })).getByRole('button', { name: '비밀번호 재설정' }));
    const shown = await screen.findByRole('dialog', { name: '임시 비밀번호' });
    const temporary = inputValue(within(shown).getByRole('textbox', { name: '임시 비밀번호' }));
    const signedIn = await apiRequest(apiRoutes.session, {
      method: 'POST',
      json: { email: 'designer@bureau.test', password: temporary },
      schema: sessionResponseSchema,
    });
    expect(signedIn.user.name).toBe('박디자인');
  });

  it('tells anyone but an admin that only admins manage accounts, and asks the server nothing', async () => {
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => requests.push(new URL(request.url).pathname));
    await renderPage('desk@bureau.test');
    expect(screen.getByText('관리자만 계정을 관리할 수 있습니다.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(requests).not.toContain(apiRoutes.users);
  });
});
