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

/**
 * Creates a roundup of the signed-in user's through the API, from inside the page so that the browser demo's service
 * worker answers it as well as the server; returns its id.
 */
export async function createRoundupThroughApi(page: Page, headline: string, briefTexts: readonly [id: string, heading: string, text: string][]): Promise<string> {
  const request = {
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
  };
  const { status, created } = await page.evaluate(async (body) => {
    const response = await fetch('/api/roundups', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Bureau-Client': 'web' },
      body: JSON.stringify(body),
    });
    return { status: response.status, created: (await response.json()) as unknown };
  }, request);
  expect(status).toBe(201);
  if (typeof created !== 'object' || created === null || !('id' in created) || typeof created.id !== 'string') throw new Error('no id');
  return created.id;
}

/** Selects `text` inside `block` by dragging the mouse across it, as a reader would. */
export async function selectText(page: Page, block: Locator, text: string): Promise<void> {
  const box = await block.evaluate((element, wanted) => {
    const node = element.firstChild;
    if (node === null || node.textContent === null) throw new Error('no text to select');
    const start = node.textContent.indexOf(wanted);
    if (start < 0) throw new Error(`"${wanted}" is not in the block`);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + wanted.length);
    const rects = range.getClientRects();
    const first = rects[0];
    const last = rects[rects.length - 1];
    if (first === undefined || last === undefined) throw new Error('the text is not laid out');
    return { startX: first.left + 1, startY: first.top + first.height / 2, endX: last.right - 1, endY: last.top + last.height / 2 };
  }, text);
  await page.mouse.move(box.startX, box.startY);
  await page.mouse.down();
  await page.mouse.move(box.endX, box.endY, { steps: 5 });
  await page.mouse.up();
}

export function commentsPanel(page: Page): Locator {
  return page.locator('#comments-pane');
}

/** Opens the comments panel unless it is open already (clicking a highlight opens it too). */
export async function openComments(page: Page): Promise<void> {
  const toggle = page.locator('button[aria-controls="comments-pane"]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(commentsPanel(page)).toBeVisible();
}
