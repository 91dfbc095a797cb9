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

// Off-screen briefs skip rendering (content-visibility), and a brief is only found on screen at the next frame. A
// loaded machine can deliver a keystroke before that frame: Chromium then put the character outside the new brief's
// heading, where ProseMirror ignores it, and the rest of the word went to the brief before (seen in CI).
test('a key typed into a new brief before the browser has drawn it lands in its heading', async ({ page }) => {
  await openRoundup(page, demoRoundupId);
  const paragraph = editorBody(page).locator('p', { hasText: '이날 오전 열린 간담회에는' });
  await placeCaretAtEnd(paragraph);
  const before = await paragraph.textContent();
  // The new brief and the typing in one task, so that no frame can come between them.
  await editorBody(page).evaluate((body) => {
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, altKey: true, bubbles: true, cancelable: true }));
    document.execCommand('insertText', false, '서');
    document.execCommand('insertText', false, '구 소식');
  });
  const heading = page.locator('section[data-type="brief"]:has(p:text("이날 오전 열린 간담회에는")) + section h2');
  await expect(heading).toHaveText('서구 소식');
  await expect(paragraph).toHaveText(before ?? '');
});
