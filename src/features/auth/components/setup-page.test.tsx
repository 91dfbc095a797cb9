// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMockApi } from '@/mocks/create-mock-api';
import { createMockHandlers } from '@/mocks/handlers';
import { inMemorySessionCookies, plainTestHasher } from '@/mocks/test-mock-api';
import { createMemoryStorage } from '@/services/memory-storage';
import { createI18n, switchLanguage } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { MemoryRouter } from '@/lib/router';
import { AuthGate } from './auth-gate';

const setupToken = 'printed-one-time-token';
let server: ReturnType<typeof setupServer>;
let storage: ReturnType<typeof createMemoryStorage>;

beforeEach(() => {
  // A backend as the server is on its first start without demo data: no account at all.
  storage = createMemoryStorage();
  const app = createMockApi({ storage, hasher: plainTestHasher, sessionCookies: inMemorySessionCookies(), setupToken });
  server = setupServer(...createMockHandlers({ app, baseUrl: window.location.origin }));
  server.listen({ onUnhandledRequest: 'error' });
});

afterEach(() => {
  server.close();
});

async function openSetupLink(path: string, language: 'ko' | 'en' = 'ko') {
  const i18n = createI18n();
  if (language === 'en') await switchLanguage(i18n, 'en');
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={[path]}>
          <AuthGate showDemoAccounts={false} frame={(content) => content}>
            <p>편집국 화면</p>
          </AuthGate>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

async function fillAndSubmit(labels: { name: string; email: string; password: string; submit: string }) {
  const user = userEvent.setup({ delay: null });
  await user.type(await screen.findByLabelText(labels.name), '첫 관리자');
  await user.type(screen.getByLabelText(labels.email), 'chief@newsroom.test');
  await user.type(screen.getByLabelText(labels.password, { exact: false }), 'a long first password');
  await user.click(screen.getByRole('button', { name: labels.submit }));
}

const korean = { name: '이름', email: '이메일', password: '비밀번호', submit: '관리자 만들기' };

describe('first-run setup screen', { timeout: 20_000 }, () => {
  it('creates the first admin from the printed link and opens the app signed in', async () => {
    await openSetupLink(`/setup?token=${setupToken}`);
    expect(await screen.findByRole('heading', { name: '첫 관리자 만들기' })).toBeInTheDocument();
    await fillAndSubmit(korean);
    expect(await screen.findByText('편집국 화면')).toBeInTheDocument();
  });

  it('says so when the link’s token is wrong', async () => {
    await openSetupLink('/setup?token=not-the-token');
    await fillAndSubmit(korean);
    expect(await screen.findByText(/설정 링크가 맞지 않습니다/)).toHaveAttribute('role', 'alert');
  });

  it('says so, in English, when the server has an admin already, and offers the sign-in page', async () => {
    await createMockAdminFirst();
    await openSetupLink(`/setup?token=${setupToken}`, 'en');
    await fillAndSubmit({ name: 'Name', email: 'Email', password: 'Password', submit: 'Create admin' });
    expect(await screen.findByText(/This server has an admin already/)).toHaveAttribute('role', 'alert');
    await userEvent.click(screen.getByRole('button', { name: 'Go to sign in' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('shows the sign-in page at any other address', async () => {
    await openSetupLink('/');
    expect(await screen.findByRole('heading', { name: '로그인' })).toBeInTheDocument();
  });
});

/** Someone created an admin already (with the link, in another tab). */
async function createMockAdminFirst() {
  await storage.users.insert({
    id: 'u-someone',
    email: 'someone@newsroom.test',
    name: 'Someone',
    role: 'admin',
    passwordHash: await plainTestHasher.hash('another long password'),
    createdAt: new Date().toISOString(),
  });
}
