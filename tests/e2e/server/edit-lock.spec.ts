import { expect, test, type Page } from '@playwright/test';
import { briefs, editorBody, placeCaretAtEnd, signIn } from '../support';

async function post(page: Page, path: string, data: unknown): Promise<unknown> {
  const response = await page.request.post(path, { headers: { 'X-Bureau-Client': 'web' }, data });
  expect(response.ok(), await response.text()).toBe(true);
  return response.json();
}

test('taking over editing saves what the holder typed first, then tells them in their window', async ({ browser }) => {
  const holderContext = await browser.newContext();
  const takerContext = await browser.newContext();
  const holder = await holderContext.newPage();
  const taker = await takerContext.newPage();
  try {
    // A roundup in review, which the desk is editing.
    await signIn(holder, 'desk');
    const created = (await post(holder, '/api/roundups', { meta: { headline: `편집 잠금 ${Date.now()}` } })) as { id: string };
    await post(holder, `/api/roundups/${created.id}/actions`, { action: 'submit' });
    await post(holder, `/api/roundups/${created.id}/actions`, { action: 'start_review' });
    await holder.goto(`/roundups/${created.id}`);
    await expect(editorBody(holder)).toHaveAttribute('contenteditable', 'true');
    await briefs(holder).nth(0).locator('h2').click();
    await holder.keyboard.type('데스크가 고치던 소제목');
    await placeCaretAtEnd(briefs(holder).nth(0).locator('p').first());
    await holder.keyboard.type('아직 저장되지 않았을 수도 있는 문장.');

    // Someone else opens it: read-only, with who holds it and a way to take over.
    await signIn(taker, 'admin');
    await taker.goto(`/roundups/${created.id}`);
    await expect(taker.getByText(/김데스크 님이 .+부터 편집 중이라 읽기 전용으로 열었습니다/)).toBeVisible();
    await expect(editorBody(taker)).toHaveAttribute('contenteditable', 'false');
    await taker.getByRole('button', { name: '편집 넘겨받기' }).click();

    // The holder's window saves, lets go and says so; the taker gets the text and the pen.
    await expect(holder.getByRole('alert').filter({ hasText: '관리자 님이 편집을 넘겨받았습니다' })).toBeVisible({ timeout: 20_000 });
    await expect(editorBody(holder)).toHaveAttribute('contenteditable', 'false');
    await expect(editorBody(taker)).toHaveAttribute('contenteditable', 'true', { timeout: 20_000 });
    await expect(editorBody(taker)).toContainText('아직 저장되지 않았을 수도 있는 문장.');
    await expect(editorBody(taker)).toContainText('데스크가 고치던 소제목');
  } finally {
    await holderContext.close();
    await takerContext.close();
  }
});
