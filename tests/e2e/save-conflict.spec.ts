import { expect, test } from '@playwright/test';
import { demoRoundupId, editorBody, expectSaved, placeCaretAtEnd, openRoundup } from './support';

test('a save the backend answers with 409 shows a clear message and keeps the typed text', async ({ context }) => {
  // Another client saves meanwhile, over the API (a script, or a tab whose edit lock had expired): tabs of the same
  // browser share the mock's IndexedDB, so a save made from a second tab makes the first one stale.
  const first = await context.newPage();
  await openRoundup(first, demoRoundupId);
  await expect(editorBody(first).locator('h2').first()).toBeVisible();

  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByRole('heading', { name: '기사 목록' })).toBeVisible();
  await second.evaluate(async (id) => {
    const headers = { 'Content-Type': 'application/json', 'X-Bureau-Client': 'web' };
    const current: { version: number; meta: { headline: string }; body: unknown } = await (await fetch(`/api/roundups/${id}`)).json();
    const saved = await fetch(`/api/roundups/${id}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ baseVersion: current.version, meta: { ...current.meta, headline: `${current.meta.headline} (다른 곳에서 고침)` }, body: current.body }),
    });
    if (!saved.ok) throw new Error(`the other save failed: ${saved.status}`);
  }, demoRoundupId);
  await second.close();

  await placeCaretAtEnd(editorBody(first).locator('p', { hasText: '광주 북부소방서는 6일 퇴직 선배 소방관을 초청, 대형화재' }));
  await first.keyboard.type(' 내가 쓴 문장은 사라지면 안 된다.');

  const alert = first.getByRole('alert').filter({ hasText: '다른 곳에서 이 기사가 먼저 저장되었습니다.' });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expect(alert).toContainText('입력한 내용은 이 편집기에 그대로 남아 있고');
  await expect(first.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'conflict');
  await expect(editorBody(first)).toContainText('내가 쓴 문장은 사라지면 안 된다.');

  // Typing on does not lose anything and does not save over the other tab's work.
  await first.keyboard.type(' 계속 쓴다.');
  await expect(editorBody(first)).toContainText('사라지면 안 된다. 계속 쓴다.');
  await expect(first.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'conflict');

  await alert.getByRole('button', { name: '내 내용으로 저장' }).click();
  await expectSaved(first);
  await first.reload();
  await expect(editorBody(first)).toContainText('내가 쓴 문장은 사라지면 안 된다. 계속 쓴다.');
});
