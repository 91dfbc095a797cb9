import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { demoRoundupId, editorBody, expectSaved, signIn } from '../support';

const photo = fileURLToPath(new URL('../../../public/demo/demo-fire-station.png', import.meta.url));

test('against the real server: a reporter signs in, composes with a photo upload, and finds it after a reload', async ({ page }) => {
  await signIn(page, 'reporter');
  await expect(page.getByText('브라우저 데모 모드')).toHaveCount(0);
  await page.getByRole('button', { name: '새 묶음 기사' }).click();
  await expect(page).toHaveURL(/\/roundups\/[\w-]+$/);

  await page.getByLabel('문패').fill('광주소식');
  await page.getByLabel('제목', { exact: true }).fill('서버에 저장되는 기사');
  const body = editorBody(page);
  await body.locator('h2').first().click();
  await page.keyboard.type('북구, 겨울철 화재 예방 캠페인');
  await page.keyboard.press('Enter');
  await page.keyboard.type('광주 북구는 전통시장에서 화재 예방 캠페인을 벌였다.');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: '서식' }).getByRole('button', { name: '사진 넣기' }).click();
  await (await chooser).setFiles(photo);
  await expect(body.locator('figure img')).toBeVisible();
  await page.keyboard.type('캠페인 현장');
  await expectSaved(page);

  // Once the first save is through, autosave sends only what changed: the one brief being typed in.
  const saveRequest = page.waitForRequest((request) => request.url().includes('/api/roundups/') && ['PATCH', 'PUT'].includes(request.method()));
  await body.locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' 시민 300명이 참여했다.');
  const sent = await saveRequest;
  expect(sent.method()).toBe('PATCH');
  const changes = sent.postDataJSON() as { briefOrder: string[]; briefs: unknown[] };
  expect(changes.briefOrder).toHaveLength(1);
  expect(changes.briefs).toHaveLength(1);
  await expectSaved(page);

  await page.reload();
  await expect(editorBody(page)).toContainText('시민 300명이 참여했다.');
  await expect(editorBody(page)).toContainText('광주 북구는 전통시장에서 화재 예방 캠페인을 벌였다.');
  await expect(editorBody(page).locator('figcaption')).toHaveText('캠페인 현장');
  const image = editorBody(page).locator('figure img');
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
});

test('against the real server: a designer reads a roundup and cannot edit it', async ({ page }) => {
  await signIn(page, 'designer');
  await page.goto(`/roundups/${demoRoundupId}`);
  await expect(page.getByText(/읽기 전용: 디자이너는 레이아웃을 확인하고/)).toBeVisible();
  const body = editorBody(page);
  await expect(body).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByRole('toolbar', { name: '서식' })).toHaveCount(0);
  await expect(page.getByLabel('문패')).toBeDisabled();
  await page.getByRole('button', { name: '미리보기', exact: true }).click();
  await expect(page.frameLocator('iframe[title="출고 화면 미리보기"]').locator('article')).toBeVisible();
});
