import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { briefs, createRoundupThroughApi, editorBody, expectSaved, placeCaretAtEnd, signIn } from './support';

const payloads = (JSON.parse(readFileSync(new URL('../fixtures/security/dompurify-payloads.json', import.meta.url), 'utf8')) as { payload: string; source: string }[]).map(
  ({ payload, source }) => ({ payload, source }),
);

/** Pastes HTML as a browser does: a real ClipboardEvent carrying text/html and text/plain, on the editing surface. */
async function pasteHtml(page: Page, html: string): Promise<void> {
  await page.evaluate((markup) => {
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', markup);
    const editor = document.querySelector('[contenteditable="true"]');
    if (editor === null) throw new Error('no editor');
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

test('pasting hostile HTML never throws, and what it leaves is saved as the schema allows (Chromium clobbers form properties)', async ({ page }) => {
  test.slow();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await signIn(page);
  const id = await createRoundupThroughApi(page, `붙여넣기 ${Date.now()}`, [['b-paste', '붙여넣기', '본문']]);
  await page.goto(`/roundups/${id}`);
  const paragraph = briefs(page).nth(0).locator('p').first();
  await expect(paragraph).toBeVisible();

  // The one DOMPurify payload that made ProseMirror's parser throw: `dom.nodeName.toLowerCase is not a function`.
  await placeCaretAtEnd(paragraph);
  await pasteHtml(page, '<form onsubmit=alert(1)><input onfocus=alert(2) name=nodeName>123</form>');
  await expect(paragraph).toContainText('본문123');
  expect(errors).toEqual([]);

  for (const { payload } of payloads) {
    await placeCaretAtEnd(briefs(page).nth(0).locator('p').last());
    await pasteHtml(page, payload);
  }
  expect(errors).toEqual([]);

  await placeCaretAtEnd(briefs(page).nth(0).locator('p').last());
  await pasteHtml(page, '<a href="https://x.test" class="overlay" target="_blank" rel="opener" title="t" style="position:fixed;inset:0;opacity:0">덮개</a>');
  const overlay = editorBody(page).getByRole('link', { name: '덮개' });
  await expect(overlay).toHaveAttribute('href', 'https://x.test/');
  expect(await overlay.evaluate((anchor) => anchor.getAttributeNames().sort())).toEqual(['href', 'rel']);
  await expect(overlay).toHaveAttribute('rel', 'noopener noreferrer');

  const hostile = await editorBody(page).evaluate((root) => ({
    elements: root.querySelectorAll('script, iframe, object, embed, form, input, a[target], a[class], a[title]').length,
    handlers: [...root.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => /^on/i.test(name))),
    scriptLinks: [...root.querySelectorAll('a')].filter((anchor) => !/^(https?|mailto):/.test(anchor.getAttribute('href') ?? 'https:')).length,
  }));
  expect(hostile).toEqual({ elements: 0, handlers: [], scriptLinks: 0 });
  // The server (or the demo's service worker) runs the validator on the save: everything pasted passes it.
  await expectSaved(page);
});
