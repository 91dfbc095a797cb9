import { expect, test } from '@playwright/test';
import { demoRoundupId, editorBody, previewFrame, openRoundup } from './support';

// Screenshots of the seed roundup for people to look at (written to .reports/screenshots), not pixel assertions.
test('editor and preview of the model roundup', async ({ page }) => {
  await openRoundup(page, demoRoundupId);
  await expect(editorBody(page).locator('figure img').first()).toBeVisible();
  await page.screenshot({ path: '.reports/screenshots/editor.png' });

  await page.getByRole('button', { name: '미리보기', exact: true }).click();
  const preview = previewFrame(page);
  await expect(preview.locator('article')).toBeVisible();
  await expect(preview.locator('img').first()).toBeVisible();
  await page.screenshot({ path: '.reports/screenshots/editor-with-preview.png' });

  for (const viewport of ['데스크톱', '모바일', '인쇄'] as const) {
    await page.getByRole('radio', { name: viewport }).click();
    await page.locator('iframe[title="출고 화면 미리보기"]').screenshot({ path: `.reports/screenshots/preview-${viewport}.png` });
  }

  await page.goto('/');
  await expect(page.getByRole('table')).toBeVisible();
  await page.screenshot({ path: '.reports/screenshots/dashboard.png' });
});
