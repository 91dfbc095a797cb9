import { expect, test, type Page } from '@playwright/test';
import { briefs, createRoundupThroughApi, demoRoundupId, editorBody, openRoundup } from './support';

// Briefs off screen skip rendering (content-visibility), and the browser's own caret movement skips what is not
// rendered. These are the keys that travel far in a 40-brief roundup.

async function openLongRoundup(page: Page): Promise<void> {
  await openRoundup(page, demoRoundupId);
  const briefTexts = Array.from({ length: 40 }, (_, index): [string, string, string] => [
    `far-${index + 1}`,
    `소제목 ${index + 1}`,
    `${index + 1}번째 브리프의 본문입니다. `.repeat(12).trim(),
  ]);
  const id = await createRoundupThroughApi(page, `긴 묶음 기사 ${Date.now()}`, briefTexts);
  await page.goto(`/roundups/${id}`);
  await expect(editorBody(page)).toHaveAttribute('contenteditable', 'true');
}

test('Ctrl+End and Ctrl+Home reach the ends of a long roundup, and Shift selects to them', async ({ page }) => {
  await openLongRoundup(page);
  await editorBody(page).locator('h2').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('끝');
  await expect(briefs(page).last().locator('p').last()).toHaveText(/입니다\.끝$/);

  await page.keyboard.press('Control+Home');
  await page.keyboard.type('처음');
  await expect(editorBody(page).locator('h2').first()).toHaveText('처음소제목 1');

  // Typing over a selection that runs across briefs replaces it, whether the text comes as input (Hangul here, sent
  // the way an input tool does) or from a key (Latin).
  await page.keyboard.press('Shift+Control+End');
  await page.keyboard.type('만');
  await expect(briefs(page)).toHaveCount(1);
  await expect(editorBody(page).locator('h2')).toHaveText('처음만');
  await page.keyboard.press('Control+Z');
  await expect(briefs(page)).toHaveCount(40);
  await expect(briefs(page).last().locator('p').last()).toHaveText(/입니다\.끝$/);

  // Undo may have taken '처음' back too (one step when typed quickly): go on from whatever the heading is.
  const firstHeading = (await editorBody(page).locator('h2').first().textContent()) ?? '';
  await editorBody(page).locator('h2').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Control+End');
  await page.keyboard.type('Z');
  await expect(briefs(page)).toHaveCount(1);
  await expect(editorBody(page).locator('h2')).toHaveText(`${firstHeading}Z`);
});

test('PageDown into briefs not drawn yet: what is typed lands in the brief on screen, inside its text', async ({ page }) => {
  await openLongRoundup(page);
  await editorBody(page).locator('p').first().click();
  for (let presses = 0; presses < 4; presses += 1) await page.keyboard.press('PageDown');
  await page.keyboard.type('쪽');
  const landed = briefs(page).filter({ hasText: '쪽' });
  await expect(landed).toHaveCount(1);
  await expect(landed.locator('.roundup-brief-content')).toContainText('쪽');
  expect(await landed.evaluate((brief) => brief.getBoundingClientRect().top < innerHeight && brief.getBoundingClientRect().bottom > 0)).toBe(true);
  // Nothing typed outside the document's own text, where the editor would not see it.
  expect(await editorBody(page).evaluate((body) => body.textContent?.split('쪽').length)).toBe(2);
});
