import { expect, test, type Page } from '@playwright/test';
import { createRoundupThroughApi, editorBody, signIn } from '../support';

/** Counts the page's requests to /api/me from now on. */
function countSessionRequests(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/me') count += 1;
  });
  return () => count;
}

const signInHeading = (page: Page) => page.getByRole('heading', { name: '로그인', level: 1 });

test('against the real server: a lost session cookie ends the session once, with no request loop', async ({ page, context }) => {
  await signIn(page, 'reporter');
  const sessionRequests = countSessionRequests(page);

  // The cookie goes (expired, deleted, another browser signed out): the next request is answered 401.
  await context.clearCookies();
  await page.getByRole('button', { name: /새 묶음 기사/ }).click();

  await expect(signInHeading(page)).toBeVisible();
  // Before the fix the app asked /api/me 200–270 times a second and never showed the sign-in page.
  await page.waitForTimeout(3_000);
  expect(sessionRequests()).toBeLessThanOrEqual(2);
  await expect(signInHeading(page)).toBeVisible();
});

test('against the real server: a 401 in the editor shows the sign-in page, and signing in again brings the text back', async ({
  page,
  context,
}) => {
  await signIn(page, 'reporter');
  // A roundup of its own: on the shared demo roundup another spec's tab may hold the edit lock (read-only here).
  const roundupId = await createRoundupThroughApi(page, `세션 종료 ${Date.now()}`, [
    ['b-one', '광산구, 일자리 박람회', '광산구는 6일 구청에서 일자리 박람회를 열었다.'],
  ]);
  await page.goto(`/roundups/${roundupId}`);
  await expect(editorBody(page).locator('h2').first()).toBeVisible();
  await editorBody(page).locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' 세션이 끝날 때 쓴 글');
  const sessionRequests = countSessionRequests(page);
  // The session goes while the text is unsaved: the next save (or lock heartbeat) is answered 401.
  await context.clearCookies();

  await expect(signInHeading(page)).toBeVisible({ timeout: 20_000 });
  await page.waitForTimeout(2_000);
  expect(sessionRequests()).toBeLessThanOrEqual(2);

  // The text typed as the session ended is kept (saved, or in the journal): signing in again opens the editor with it.
  await page.getByRole('button', { name: /^기자 .+\(으\)로 로그인/ }).click();
  await expect(editorBody(page)).toContainText('세션이 끝날 때 쓴 글');
});

test('against the real server: "sign out" shows the sign-in page', async ({ page }) => {
  await signIn(page, 'desk');
  await page.getByRole('button', { name: '로그아웃' }).click();
  await expect(signInHeading(page)).toBeVisible();
  await expect(page.getByRole('button', { name: '로그아웃' })).toHaveCount(0);
  await page.reload();
  await expect(signInHeading(page)).toBeVisible();
});
