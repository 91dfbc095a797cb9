import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { briefs, editorBody, expectBriefHeadings, previewFrame } from '../support';

const photo = fileURLToPath(new URL('../../../public/demo/demo-fire-station.png', import.meta.url));

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would; fails after `max` presses. The
 * target is found once (a role query walks the whole page) and found again only if the page replaced it.
 */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 60 } = {}): Promise<void> {
  let element = await target.elementHandle();
  for (let presses = 0; presses < max; presses += 1) {
    const state = await element?.evaluate((node) =>
      !node.isConnected ? 'gone' : node === document.activeElement || node.contains(document.activeElement) ? 'focused' : 'not yet',
    );
    if (state === 'focused') return;
    if (state === 'gone') element = await target.elementHandle();
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(target)} not reached in ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

async function typeBrief(page: Page, heading: string, paragraph: string): Promise<void> {
  await page.keyboard.type(heading);
  await page.keyboard.press('Enter');
  await page.keyboard.type(paragraph);
}

test('the whole flow by keyboard alone: sign in, compose three briefs, reorder, a photo with caption, credit and alt, preview, export', async ({ page }) => {
  // A whole session by Tab presses, each checked: on a loaded two-core machine it ran past the default minute.
  test.slow();
  // Every pointer event the page sees is counted: there must be none.
  await page.addInitScript(() => {
    const counts = { pointer: 0 };
    Reflect.set(window, 'bureauPointerEvents', counts);
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
      window.addEventListener(type, () => (counts.pointer += 1), { capture: true });
    }
  });

  await page.goto('/');
  await tabTo(page, page.getByRole('button', { name: /^기자 .+\(으\)로 로그인/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '기사 목록' })).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: '새 묶음 기사' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/roundups\/[\w-]+$/);

  await tabTo(page, page.getByLabel('문패'));
  await page.keyboard.type('광주소식');
  await tabTo(page, page.getByLabel('제목', { exact: true }));
  await page.keyboard.type('동구, 한파 대비 점검 등');

  const body = editorBody(page);
  await tabTo(page, body);
  await typeBrief(page, '동구, 한파 대비 취약계층 점검', '광주 동구는 홀몸 노인 가구 200곳을 점검했다.');
  await page.keyboard.press('Control+Alt+Enter');
  await typeBrief(page, '서구, 어린이 교통안전 캠페인', '광주 서구는 초등학교 주변에서 캠페인을 펼쳤다.');
  await page.keyboard.press('Control+Alt+Enter');
  await typeBrief(page, '북구, 겨울 축제 개막', '광주 북구는 주말 겨울 축제를 연다.');
  await expectBriefHeadings(page, ['동구, 한파 대비 취약계층 점검', '서구, 어린이 교통안전 캠페인', '북구, 겨울 축제 개막']);

  // Reorder: the third brief moves up to second, and the move is announced.
  await page.keyboard.press('Alt+ArrowUp');
  await expectBriefHeadings(page, ['동구, 한파 대비 취약계층 점검', '북구, 겨울 축제 개막', '서구, 어린이 교통안전 캠페인']);
  await expect(page.getByRole('status').filter({ hasText: '‘북구, 겨울 축제 개막’ 브리프를 3번째에서 2번째로 옮겼습니다.' })).toBeAttached();

  // A photo after the moved brief's paragraph: the toolbar's photo button, then the browser's file chooser.
  const chooser = page.waitForEvent('filechooser');
  await tabTo(page, page.getByRole('toolbar', { name: '서식' }).getByRole('button', { name: '사진 넣기' }), { backwards: true });
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(photo);
  const figure = body.locator('figure[data-type="figure"]');
  await expect(figure.locator('img')).toBeVisible();
  await tabTo(page, body);
  await page.keyboard.type('축제장을 찾은 어린이들');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('광주 북구 제공');
  await tabTo(page, figure.getByLabel('대체 텍스트'), { backwards: true });
  await page.keyboard.type('눈사람 앞에서 웃는 어린이들');
  await expect(figure.locator('figcaption')).toHaveText('축제장을 찾은 어린이들');
  await expect(figure.locator('p[data-type="figure-credit"]')).toHaveText('광주 북구 제공');
  await expect(figure.getByRole('img', { name: '눈사람 앞에서 웃는 어린이들' })).toBeVisible();
  await expect(briefs(page).nth(1).locator('figure')).toHaveCount(1);

  await tabTo(page, page.getByRole('button', { name: '미리보기', exact: true }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(previewFrame(page).locator('article h2')).toHaveCount(3);
  await expect(previewFrame(page).locator('figcaption')).toContainText('축제장을 찾은 어린이들');

  await tabTo(page, page.getByRole('button', { name: /^내보내기/ }), { backwards: true });
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  const htmlItem = menu.getByRole('menuitem', { name: /^HTML/ });
  for (let presses = 0; presses < 10 && !(await htmlItem.evaluate((item) => item === document.activeElement)); presses += 1) {
    await page.keyboard.press('ArrowDown');
  }
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.html$/);

  expect(await page.evaluate(() => (Reflect.get(window, 'bureauPointerEvents') as { pointer: number }).pointer)).toBe(0);
});
