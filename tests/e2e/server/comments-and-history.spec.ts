import { expect, test, type Page } from '@playwright/test';
import { briefs, commentsPanel, editorBody, expectSaved, openComments, placeCaretAtEnd, selectText, signIn, createRoundupThroughApi } from '../support';

/** A two-brief roundup of the reporter's, made through the API with the page's own session. */
async function createRoundup(page: Page): Promise<string> {
  return createRoundupThroughApi(page, `의견과 기록 ${Date.now()}`, [
    ['b-one', '광산구, 일자리 박람회', '광산구는 6일 구청에서 일자리 박람회를 열었다.'],
    ['b-two', '북구, 화재 예방 캠페인', '북구는 5일 시장에서 캠페인을 벌였다.'],
  ]);
}

test('a desk comments on a phrase while the reporter writes; the highlight follows the edits, and the thread is answered and resolved', async ({ browser }) => {
  const reporterContext = await browser.newContext();
  const deskContext = await browser.newContext();
  const reporter = await reporterContext.newPage();
  const desk = await deskContext.newPage();
  try {
    await signIn(reporter, 'reporter');
    const id = await createRoundup(reporter);
    await reporter.goto(`/roundups/${id}`);
    await expect(editorBody(reporter)).toHaveAttribute('contenteditable', 'true');

    // The desk reads (the reporter holds the pen) and still comments on a phrase, mentioning the reporter.
    await signIn(desk, 'desk');
    await desk.goto(`/roundups/${id}`);
    await expect(editorBody(desk)).toHaveAttribute('contenteditable', 'false');
    await openComments(desk);
    await selectText(desk, briefs(desk).nth(0).locator('p').first(), '일자리 박람회를');
    await commentsPanel(desk).getByRole('button', { name: '선택한 글에 의견 달기' }).click();
    const field = commentsPanel(desk).getByRole('textbox', { name: '의견' });
    await field.pressSequentially('@신대');
    await desk.getByRole('listbox').getByRole('option', { name: /신대희/ }).click();
    await field.pressSequentially(' 행사 이름을 정확히 써 주세요');
    await commentsPanel(desk).getByRole('button', { name: '의견 남기기' }).click();
    await expect(desk.locator('.comment-highlight')).toHaveText('일자리 박람회를');

    // The reporter's window shows it live: highlighted, and in the notifications as a mention.
    await expect(reporter.locator('.comment-highlight')).toHaveText('일자리 박람회를', { timeout: 10_000 });
    await reporter.getByRole('button', { name: /알림/ }).click();
    await expect(reporter.getByRole('region', { name: '알림' })).toContainText('김데스크 님이 나를 언급했습니다');
    await reporter.keyboard.press('Escape');

    // Typing before, inside and after the phrase: the highlight stays on it, and grows with what is typed inside.
    const paragraph = briefs(reporter).nth(0).locator('p').first();
    await paragraph.click();
    await reporter.keyboard.press('Home');
    await reporter.keyboard.type('[속보] ');
    await expect(reporter.locator('.comment-highlight')).toHaveText('일자리 박람회를');
    await reporter.locator('.comment-highlight').evaluate((highlight) => {
      const text = highlight.firstChild;
      if (text === null) throw new Error('the highlight has no text');
      const range = document.createRange();
      range.setStart(text, '일자리 '.length);
      range.collapse(true);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    });
    await reporter.keyboard.type('2017 ');
    await expect(reporter.locator('.comment-highlight')).toHaveText('일자리 2017 박람회를');
    await placeCaretAtEnd(paragraph);
    await reporter.keyboard.type(' 많은 시민이 찾았다.');
    await expect(paragraph).toHaveText('[속보] 광산구는 6일 구청에서 일자리 2017 박람회를 열었다. 많은 시민이 찾았다.');
    await expect(reporter.locator('.comment-highlight')).toHaveText('일자리 2017 박람회를');
    await expectSaved(reporter);

    // After the save the anchor moved on the server too: a fresh load finds the phrase where it is now.
    await desk.reload();
    await expect(desk.locator('.comment-highlight')).toHaveText('일자리 2017 박람회를', { timeout: 10_000 });

    // The reporter answers; the desk resolves; resolved threads are hidden until asked for.
    await openComments(reporter);
    const thread = commentsPanel(reporter).getByRole('article', { name: '김데스크 님의 의견' });
    await thread.getByRole('button', { name: '답글' }).click();
    await thread.getByRole('textbox', { name: '답글' }).fill('‘2017 광산구 일자리 박람회’로 고치겠습니다');
    await thread.getByRole('button', { name: '답글 달기' }).click();
    await expect(thread).toContainText('2017 광산구 일자리 박람회');
    await openComments(desk);
    const deskThread = commentsPanel(desk).getByRole('article', { name: '김데스크 님의 의견' });
    await expect(deskThread).toContainText('2017 광산구 일자리 박람회', { timeout: 10_000 });
    await deskThread.getByRole('button', { name: '해결' }).click();
    await expect(commentsPanel(reporter).getByRole('article', { name: '김데스크 님의 의견' })).toBeHidden({ timeout: 10_000 });
    await expect(reporter.locator('.comment-highlight')).toHaveCount(0);
    await commentsPanel(reporter).getByRole('button', { name: '해결된 의견 (1)' }).click();
    await expect(commentsPanel(reporter).getByRole('article', { name: '김데스크 님의 의견' })).toBeVisible();

    // Comments never reach the published layout.
    await reporter.getByRole('button', { name: '미리보기', exact: true }).click();
    const preview = reporter.frameLocator('iframe[title="출고 화면 미리보기"]');
    await expect(preview.locator('body')).toContainText('일자리 2017 박람회를');
    await expect(preview.locator('body')).not.toContainText('행사 이름을 정확히');
    expect(await preview.locator('.comment-highlight, [data-thread-id]').count()).toBe(0);
  } finally {
    await reporterContext.close();
    await deskContext.close();
  }
});

test('the history shows what each save changed, and restores a brief from three versions ago as a new version', async ({ page }) => {
  await signIn(page, 'reporter');
  const id = await createRoundup(page);
  await page.goto(`/roundups/${id}`);
  const second = briefs(page).nth(1).locator('p').first();
  for (const addition of [' 상인 100명이 함께했다.', ' 소화기 사용법도 알렸다.', ' 내년에도 이어간다.']) {
    await second.click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(addition);
    await expectSaved(page);
  }
  await expect(second).toHaveText('북구는 5일 시장에서 캠페인을 벌였다. 상인 100명이 함께했다. 소화기 사용법도 알렸다. 내년에도 이어간다.');

  await page.getByRole('button', { name: '수정 기록' }).click();
  const list = page.getByRole('list', { name: '저장된 버전' });
  await expect(list.locator(':scope > li')).toHaveCount(4);
  // The latest save's changes: the words typed, marked as inserted.
  await list.getByRole('button', { name: /버전 4/ }).click();
  await expect(page.getByRole('region', { name: '버전 4에서 바뀐 내용' }).locator('ins')).toContainText('내년에도 이어간다.');

  // Brief 2 as it was in version 1 comes back as version 5; nothing later is lost.
  await list.getByRole('button', { name: /버전 1/ }).click();
  const firstVersion = page.getByRole('region', { name: '버전 1에서 바뀐 내용' });
  await firstVersion.getByRole('region', { name: '북구, 화재 예방 캠페인' }).getByRole('button', { name: '이 브리프만 되돌리기' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '되돌리기' }).click();
  await expect(page.getByText('되돌린 내용을 새 버전(5)으로 저장했습니다.')).toBeVisible();
  await expect(second).toHaveText('북구는 5일 시장에서 캠페인을 벌였다.');
  await expect(briefs(page).nth(0).locator('p').first()).toHaveText('광산구는 6일 구청에서 일자리 박람회를 열었다.');
  await expect(list.locator(':scope > li')).toHaveCount(5);
  await expect(list.locator(':scope > li').first()).toContainText('버전 1에서 되돌림');
  // The text from before the restore is still one click away.
  await list.getByRole('button', { name: /버전 4/ }).click();
  await expect(page.getByRole('region', { name: '버전 4에서 바뀐 내용' })).toContainText('내년에도 이어간다.');

  // And it is what the server holds.
  await page.reload();
  await expect(briefs(page).nth(1).locator('p').first()).toHaveText('북구는 5일 시장에서 캠페인을 벌였다.');
});
