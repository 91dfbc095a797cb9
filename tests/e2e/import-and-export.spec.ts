import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { expectBriefHeadings, expectSaved, openDashboard } from './support';

const seed = readFileSync(fileURLToPath(new URL('../fixtures/import/newsis-gwangju-roundup-2017-12-06.txt', import.meta.url)), 'utf8');

test('a reporter imports a published roundup from its text, then exports it as wire text', async ({ page }) => {
  await openDashboard(page);
  await page.getByRole('button', { name: '텍스트에서 가져오기' }).click();
  const dialog = page.getByRole('dialog', { name: '텍스트에서 가져오기' });
  const text = dialog.getByRole('textbox', { name: '기사 텍스트' });
  await expect(text).toBeFocused();
  await text.fill(seed);

  const preview = dialog.getByRole('region', { name: '가져올 내용' });
  await expect(preview.getByText('브리프 3건')).toBeVisible();
  await expect(preview.getByRole('article').getByRole('heading', { level: 2 })).toHaveCount(3);
  await expect(preview.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('광산구, 사회적경제·일자리창출 대상 등');
  await expect(dialog.getByRole('status')).toHaveText('브리프 3건 · 신뢰도 98% · 확인할 점 3건');

  await dialog.getByRole('button', { name: '초안 만들기' }).click();
  await expect(page).toHaveURL(/\/roundups\/[\w-]+$/);
  await expectBriefHeadings(page, [
    '광산구, 사회적경제·일자리창출 대상',
    "광산구 '영유아 수면 코칭사업' 협약식 개최",
    '북부소방서, 퇴직 소방관 초청 간담회',
  ]);
  await expect(page.getByLabel('제목', { exact: true })).toHaveValue('광산구, 사회적경제·일자리창출 대상 등');
  await expectSaved(page);

  await page.getByRole('button', { name: '내보내기' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /통신 기사 텍스트/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^[\w-]+-v\d+\.txt$/);
  const wire = readFileSync(await file.path(), 'utf8');
  expect(wire.startsWith('【광주=뉴시스】')).toBe(true);
  expect(wire).toContain('◇북부소방서, 퇴직 소방관 초청 간담회');
});
