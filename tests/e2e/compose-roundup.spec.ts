import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { expectBriefHeadings, briefs, editorBody, expectSaved, openDashboard } from './support';

const photo = fileURLToPath(new URL('../../public/demo/demo-fire-station.png', import.meta.url));

test('a reporter composes a two-brief roundup with a photo in Korean, and it is all there after a reload', async ({ page }) => {
  await openDashboard(page);
  await page.getByRole('button', { name: '새 묶음 기사' }).click();
  await expect(page).toHaveURL(/\/roundups\/[\w-]+$/);

  await page.getByLabel('문패').fill('광주소식');
  await page.getByLabel('제목', { exact: true }).fill('동구, 겨울철 한파 대비 점검 등');
  await page.getByLabel('지역').fill('광주');
  await page.getByRole('button', { name: '기자 추가' }).click();
  await page.getByLabel('기자 1 이름').fill('신대희');
  await page.getByLabel('기자 1 이메일').fill('reporter@newsis.com');

  const body = editorBody(page);
  await body.locator('h2').first().click();
  await page.keyboard.type('동구, 한파 대비 취약계층 점검');
  await page.keyboard.press('Enter');
  await page.keyboard.type('광주 동구는 7일 겨울철 한파에 대비해 홀몸 노인 가구 200곳을 점검했다고 밝혔다.');

  await page.getByRole('toolbar', { name: '서식' }).getByRole('button', { name: '브리프 추가' }).click();
  await page.keyboard.type('서구, 어린이 교통안전 캠페인');
  await page.keyboard.press('Enter');
  await page.keyboard.type('광주 서구는 초등학교 주변에서 교통안전 캠페인을 펼쳤다.');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: '서식' }).getByRole('button', { name: '사진 넣기' }).click();
  await (await chooser).setFiles(photo);
  await expect(body.locator('figure[data-type="figure"] img')).toBeVisible();
  await page.keyboard.type('캠페인에 참여한 어린이들');
  await body.locator('p[data-type="figure-credit"]').click();
  await page.keyboard.type('광주 서구 제공');
  await body.getByLabel('대체 텍스트').fill('횡단보도 앞에서 손을 든 어린이들');
  await expect(body.getByText('대체 텍스트 없음')).toHaveCount(0);
  await expect(body.getByText('사진 출처 없음')).toHaveCount(0);

  await expectSaved(page);
  await page.reload();

  await expect(page.getByLabel('문패')).toHaveValue('광주소식');
  await expect(page.getByLabel('제목', { exact: true })).toHaveValue('동구, 겨울철 한파 대비 점검 등');
  await expect(page.getByLabel('기자 1 이름')).toHaveValue('신대희');
  await expect(briefs(page)).toHaveCount(2);
  await expectBriefHeadings(page, ['동구, 한파 대비 취약계층 점검', '서구, 어린이 교통안전 캠페인']);
  await expect(editorBody(page)).toContainText('홀몸 노인 가구 200곳을 점검했다고 밝혔다.');
  await expect(editorBody(page)).toContainText('교통안전 캠페인을 펼쳤다.');
  const figure = editorBody(page).locator('figure[data-type="figure"]');
  await expect(figure.locator('figcaption')).toHaveText('캠페인에 참여한 어린이들');
  await expect(figure.locator('p[data-type="figure-credit"]')).toHaveText('광주 서구 제공');
  await expect(figure.getByRole('img', { name: '횡단보도 앞에서 손을 든 어린이들' })).toBeVisible();
  await expect.poll(() => figure.locator('img').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);

  await page.getByRole('link', { name: /기사 목록/ }).first().click();
  await expect(page.getByRole('link', { name: /동구, 겨울철 한파 대비 점검 등/ })).toBeVisible();
});
