import { expect, type Locator, type Page } from '@playwright/test';

export const demoRoundupId = 'gwangju-2017-12-06';

export function editorBody(page: Page): Locator {
  return page.getByRole('textbox', { name: '기사 본문' });
}

export function briefs(page: Page): Locator {
  return editorBody(page).locator('section[data-type="brief"]');
}

/** Waits until the editor shows exactly these brief headings, in this order. */
export async function expectBriefHeadings(page: Page, headings: string[]): Promise<void> {
  await expect(briefs(page).locator('h2[data-type="brief-heading"]')).toHaveText(headings);
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });
}

/** Opens the dashboard and waits for the mock backend (service worker + seeded IndexedDB) to answer. */
export async function openDashboard(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '기사 목록' })).toBeVisible();
}

export function previewFrame(page: Page) {
  return page.frameLocator('iframe[title="출고 화면 미리보기"]');
}

/** Puts the caret at the very end of a block (End only reaches the end of the visual line in a wrapped paragraph). */
export async function placeCaretAtEnd(block: Locator): Promise<void> {
  await block.click();
  await block.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    range.collapse(false);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  });
}
