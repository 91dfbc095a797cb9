import { expect, test } from '@playwright/test';
import { demoRoundupId, openRoundup } from './support';

test('Korean by default; English on request, remembered after a reload', async ({ page }) => {
  await openRoundup(page, demoRoundupId);
  await expect(page.getByRole('button', { name: '미리보기', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Preview', exact: true })).toBeVisible();
  await expect(page.getByLabel('Kicker')).toHaveValue('광주소식');
  await expect(page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Move brief down' })).toBeVisible();
  await expect(page.locator('section[data-type="brief"]').first()).toHaveAttribute('aria-label', 'Brief');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Preview', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.getByRole('button', { name: '미리보기', exact: true })).toBeVisible();
});
