// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMockHandlers } from '@/mocks/handlers';
import { createTestMockApi, inMemorySessionCookies } from '@/mocks/test-mock-api';
import { demoPassword } from '@/services/demo-accounts';
import { createI18n, switchLanguage } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { SignInPage } from './sign-in-page';

let server: ReturnType<typeof setupServer>;

beforeEach(async () => {
  const { app } = await createTestMockApi({ sessionCookies: inMemorySessionCookies() });
  server = setupServer(...createMockHandlers({ app, baseUrl: window.location.origin }));
  server.listen({ onUnhandledRequest: 'error' });
});

afterEach(() => {
  server.close();
});

async function renderSignIn(language: 'ko' | 'en') {
  const i18n = createI18n();
  if (language === 'en') await switchLanguage(i18n, 'en');
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={createQueryClient()}>
        <SignInPage showDemoAccounts={false} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return i18n;
}

/** Types the email and the password and presses the button, as a person does; resolves once the page answered. */
async function signInWith(email: string, password: string, labels: { email: string; password: string; button: string }) {
  const user = userEvent.setup({ delay: null });
  const emailField = screen.getByLabelText(labels.email);
  const passwordField = screen.getByLabelText(labels.password);
  await user.clear(emailField);
  await user.type(emailField, email);
  await user.clear(passwordField);
  await user.type(passwordField, password);
  await user.click(screen.getByRole('button', { name: labels.button }));
  return screen.findByRole('alert');
}

// Six sign-ins typed key by key: slow on a busy machine.
describe('sign-in page: too many failed sign-ins', { timeout: 20_000 }, () => {
  it('says in Korean how long to wait once the server refuses with 429, the right password included', async () => {
    await renderSignIn('ko');
    const labels = { email: '이메일', password: '비밀번호', button: '로그인' };
    for (let index = 0; index < 5; index += 1) {
      expect(await signInWith('desk@bureau.test', `wrong-${index}`, labels)).toHaveTextContent('이메일이나 비밀번호가 맞지 않습니다.');
    }
    await signInWith('desk@bureau.test', demoPassword, labels);
    expect(await screen.findByText(/로그인에 여러 번 실패해 잠시 막혔습니다\. 1[0-5]초 뒤에 다시 시도하세요\./)).toHaveAttribute('role', 'alert');
  });

  it('says it in English too', async () => {
    await renderSignIn('en');
    const labels = { email: 'Email', password: 'Password', button: 'Sign in' };
    for (let index = 0; index < 6; index += 1) await signInWith('desk@bureau.test', `wrong-${index}`, labels);
    expect(await screen.findByText(/Too many failed sign-ins\. Try again in 1[0-5] seconds;/)).toHaveAttribute('role', 'alert');
  });
});
