import { expect, test } from '@playwright/test';
import { demoRoundupId, editorBody, expectSaved, placeCaretAtEnd, openRoundup } from './support';

test('text typed just before a reload, before autosave ran, is recovered and then saved', async ({ page }) => {
  await openRoundup(page, demoRoundupId);
  await placeCaretAtEnd(editorBody(page).locator('p', { hasText: '이날 오전 열린 간담회에는' }));
  await page.keyboard.type(' 새로고침 직전에 친 문장.');
  // No waiting: the autosave debounce has not fired yet.
  await page.reload();
  await expect(editorBody(page)).toContainText('새로고침 직전에 친 문장.');
  await expect(page.getByText('저장되지 않았던 변경 내용을 이 브라우저에서 복구했습니다.')).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect(editorBody(page)).toContainText('새로고침 직전에 친 문장.');
  await expect(page.getByText('저장되지 않았던 변경 내용을 이 브라우저에서 복구했습니다.')).toHaveCount(0);
});
