import { expect, test } from '@playwright/test';
import { briefs, commentsPanel, createRoundupThroughApi, editorBody, openComments, selectText, signIn } from './support';

// The browser demo runs one mock backend per tab over a shared IndexedDB; a comment made in one tab reaches the
// others over a BroadcastChannel, as a desk's comment reaches the reporter over the server's live events.
test('a comment made in another tab of the browser demo shows as a highlight in the tab that is writing', async ({ context }) => {
  const writing = await context.newPage();
  await signIn(writing, 'reporter');
  const id = await createRoundupThroughApi(writing, `탭 사이 의견 ${Date.now()}`, [
    ['b-one', '광산구, 일자리 박람회', '광산구는 6일 구청에서 일자리 박람회를 열었다.'],
    ['b-two', '북구, 화재 예방 캠페인', '북구는 5일 시장에서 캠페인을 벌였다.'],
  ]);
  await writing.goto(`/roundups/${id}`);
  await expect(editorBody(writing)).toHaveAttribute('contenteditable', 'true');

  const paragraph = briefs(writing).nth(0).locator('p').first();
  await paragraph.click();
  await writing.keyboard.press('Home');
  // Words typed ahead of the phrase move it from where the roundup was created.
  await writing.keyboard.type('속보 ');
  const reading = await context.newPage();
  await reading.goto(`/roundups/${id}`);
  await expect(editorBody(reading)).toHaveAttribute('contenteditable', 'false');
  await openComments(reading);
  await selectText(reading, briefs(reading).nth(0).locator('p').first(), '일자리 박람회를');
  await commentsPanel(reading).getByRole('button', { name: '선택한 글에 의견 달기' }).click();
  await commentsPanel(reading).getByRole('textbox', { name: '의견' }).pressSequentially('행사 이름 확인');
  await commentsPanel(reading).getByRole('button', { name: '의견 남기기' }).click();
  await expect(reading.locator('.comment-highlight')).toHaveText('일자리 박람회를');

  // Still typing when the comment arrives.
  await writing.keyboard.type('더 ');
  await expect(writing.locator('.comment-highlight')).toHaveText('일자리 박람회를', { timeout: 10_000 });
  await openComments(writing);
  await expect(commentsPanel(writing)).toContainText('행사 이름 확인');
});
