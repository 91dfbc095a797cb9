import { expect, test } from '@playwright/test';
import { expectBriefHeadings, demoRoundupId, editorBody, expectSaved, previewFrame, openRoundup } from './support';

test('briefs reorder by keyboard and the preview follows', async ({ page }) => {
  await openRoundup(page, demoRoundupId);
  const body = editorBody(page);
  await expect(body.locator('h2').first()).toHaveText('광산구, 사회적경제·일자리창출 대상');

  await body.getByText('북부소방서, 퇴직 소방관 초청 간담회').click();
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expectBriefHeadings(page, [
    '북부소방서, 퇴직 소방관 초청 간담회',
    '광산구, 사회적경제·일자리창출 대상',
    "광산구 '영유아 수면 코칭사업' 협약식 개최",
  ]);
  await page.keyboard.press('Alt+ArrowDown');
  await expectBriefHeadings(page, [
    '광산구, 사회적경제·일자리창출 대상',
    '북부소방서, 퇴직 소방관 초청 간담회',
    "광산구 '영유아 수면 코칭사업' 협약식 개최",
  ]);

  await page.getByRole('button', { name: '미리보기', exact: true }).click();
  const preview = previewFrame(page);
  await expect(preview.locator('h2').first()).toContainText('광산구, 사회적경제·일자리창출 대상');
  const previewHeadings = (await preview.locator('h2').allTextContents()).map((text) => text.replace(/^[^◇]*◇\s*/, '').trim());
  expect(previewHeadings).toEqual([
    '광산구, 사회적경제·일자리창출 대상',
    '북부소방서, 퇴직 소방관 초청 간담회',
    "광산구 '영유아 수면 코칭사업' 협약식 개최",
  ]);
  await expect(preview.getByText('【광주=뉴시스】신대희 기자 =').first()).toBeVisible();

  await expectSaved(page);
  await page.reload();
  await expectBriefHeadings(page, [
    '광산구, 사회적경제·일자리창출 대상',
    '북부소방서, 퇴직 소방관 초청 간담회',
    "광산구 '영유아 수면 코칭사업' 협약식 개최",
  ]);
});
