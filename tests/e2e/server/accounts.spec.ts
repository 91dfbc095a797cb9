import { expect, test } from '@playwright/test';
import { signIn } from '../support';

test('an admin creates a reporter, who signs in; once deactivated, the reporter is back at the sign-in page at the next request', async ({
  browser,
}) => {
  const adminContext = await browser.newContext();
  const reporterContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const reporter = await reporterContext.newPage();
  const email = `reporter-${Date.now()}@bureau.test`;
  try {
    await signIn(admin, 'admin');
    await admin.getByRole('link', { name: '계정 관리' }).click();
    await expect(admin.getByRole('heading', { name: '계정 관리', level: 1 })).toBeVisible();
    await admin.getByRole('button', { name: '새 계정' }).click();
    const create = admin.getByRole('dialog', { name: '새 계정 만들기' });
    await create.getByRole('textbox', { name: '이름' }).fill('정새봄');
    await create.getByRole('textbox', { name: '이메일' }).fill(email);
    await create.getByRole('combobox', { name: '역할' }).selectOption('reporter');
    await create.getByRole('button', { name: '만들기' }).click();

    // The temporary password, this once.
    const shown = admin.getByRole('dialog', { name: '임시 비밀번호' });
    const password = await shown.getByRole('textbox', { name: '임시 비밀번호' }).inputValue();
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await shown.getByRole('button', { name: '다 적었습니다' }).click();
    await expect(admin.getByRole('rowheader', { name: '정새봄' })).toBeVisible();

    // The reporter signs in with it.
    await reporter.goto('/');
    await reporter.getByLabel('이메일').fill(email);
    await reporter.getByLabel('비밀번호').fill(password);
    await reporter.getByRole('button', { name: '로그인', exact: true }).click();
    await expect(reporter.getByRole('heading', { name: '기사 목록' })).toBeVisible();
    await expect(reporter.getByText('정새봄', { exact: true })).toBeVisible();

    // The admin deactivates the account, after confirming.
    await admin.getByRole('button', { name: '비활성화: 정새봄' }).click();
    const confirm = admin.getByRole('dialog', { name: '계정 비활성화' });
    await confirm.getByRole('button', { name: '비활성화' }).click();
    await expect(admin.getByRole('row').filter({ hasText: email }).getByText('비활성')).toBeVisible();

    // The reporter's next request is refused, and the app shows the sign-in page.
    await reporter.getByRole('button', { name: '새 묶음 기사' }).click();
    await expect(reporter.getByRole('heading', { name: '로그인' })).toBeVisible();

    // Signing in again says why it cannot.
    await reporter.getByLabel('이메일').fill(email);
    await reporter.getByLabel('비밀번호').fill(password);
    await reporter.getByRole('button', { name: '로그인', exact: true }).click();
    await expect(reporter.getByText('사용이 중지된 계정입니다. 관리자에게 문의해 주세요.')).toBeVisible();
    await expect(reporter.getByRole('heading', { name: '기사 목록' })).toHaveCount(0);
  } finally {
    await adminContext.close();
    await reporterContext.close();
  }
});
