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

export type DemoRole = 'reporter' | 'desk' | 'designer' | 'admin';

const roleLabels: Record<DemoRole, string> = { reporter: '기자', desk: '데스크', designer: '디자이너', admin: '관리자' };

/** Signs in with a demo account from the sign-in page's list, then waits for the dashboard. */
export async function signIn(page: Page, role: DemoRole = 'reporter'): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: new RegExp(`^${roleLabels[role]} .+\\(으\\)로 로그인`) }).click();
  await expect(page.getByRole('heading', { name: '기사 목록' })).toBeVisible();
}

/** Opens the dashboard signed in (the mock backend, service worker and seeded IndexedDB, answer first). */
export async function openDashboard(page: Page, role: DemoRole = 'reporter'): Promise<void> {
  await signIn(page, role);
}

/** Signs in and opens a roundup in the editor. */
export async function openRoundup(page: Page, id: string, role: DemoRole = 'reporter'): Promise<void> {
  await signIn(page, role);
  await page.goto(`/roundups/${id}`);
  await expect(editorBody(page).locator('h2').first()).toBeVisible();
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

/** Creates a roundup of the signed-in user's through the API, with the page's own session; returns its id. */
export async function createRoundupThroughApi(page: Page, headline: string, briefTexts: readonly [id: string, heading: string, text: string][]): Promise<string> {
  const response = await page.request.post('/api/roundups', {
    headers: { 'X-Bureau-Client': 'web' },
    data: {
      meta: { kicker: '광주소식', headline },
      body: {
        type: 'doc',
        content: briefTexts.map(([id, heading, text]) => ({
          type: 'brief',
          attrs: { id },
          content: [
            { type: 'briefHeading', content: [{ type: 'text', text: heading }] },
            { type: 'paragraph', content: [{ type: 'text', text }] },
          ],
        })),
      },
    },
  });
  expect(response.status()).toBe(201);
  const created: unknown = await response.json();
  if (typeof created !== 'object' || created === null || !('id' in created) || typeof created.id !== 'string') throw new Error('no id');
  return created.id;
}
