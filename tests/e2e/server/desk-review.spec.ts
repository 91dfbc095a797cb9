import { expect, test, type Page } from '@playwright/test';
import { briefs, editorBody, expectSaved, placeCaretAtEnd, signIn, createRoundupThroughApi } from '../support';

/** A three-brief roundup of the reporter's, made through the API with the page's own session. */
async function createRoundup(page: Page, headline: string): Promise<string> {
  return createRoundupThroughApi(page, headline, [
    ['b-one', '광산구, 일자리 박람회', '광산구는 6일 일자리 박람회를 열었다.'],
    ['b-two', '북구, 화재 예방 캠페인', '북구는 5일 시장에서 캠페인을 벌였다.'],
    ['b-three', '서구, 어린이 교통안전', '서구는 어린이 교통안전 교육을 했다.'],
  ]);
}

function reviewActions(page: Page) {
  return page.getByRole('group', { name: '검토 작업' });
}

async function confirmDialog(page: Page, text: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(text);
  await dialog.getByRole('button', { name: '확인' }).click();
  await expect(dialog).toBeHidden();
}

test('desk review by brief: submit, return brief 2 with a note, fix and resubmit, approve all, publish; the reporter follows live', async ({ browser }) => {
  const reporterContext = await browser.newContext();
  const deskContext = await browser.newContext();
  const reporter = await reporterContext.newPage();
  const desk = await deskContext.newPage();
  try {
    await signIn(reporter, 'reporter');
    const headline = `검토 흐름 ${Date.now()}`;
    const id = await createRoundup(reporter, headline);
    await reporter.goto(`/roundups/${id}`);
    await expect(reporter.getByTestId('roundup-status')).toHaveText('작성 중');

    // The reporter types, then submits: the text is saved first, and the editor turns read-only.
    await placeCaretAtEnd(briefs(reporter).nth(0).locator('p').first());
    await reporter.keyboard.type(' 구직자 500명이 찾았다.');
    await reviewActions(reporter).getByRole('button', { name: '데스크에 송고' }).click();
    await expect(reporter.getByTestId('roundup-status')).toHaveText('송고됨');
    await expect(editorBody(reporter)).toHaveAttribute('contenteditable', 'false');

    // The desk opens it, starts the review, approves brief 1, returns brief 2 with a note.
    await signIn(desk, 'desk');
    await desk.goto(`/roundups/${id}`);
    await expect(editorBody(desk)).toContainText('구직자 500명이 찾았다.');
    await reviewActions(desk).getByRole('button', { name: '검토 시작' }).click();
    await expect(desk.getByTestId('roundup-status')).toHaveText('데스크 검토 중');
    await desk.getByRole('button', { name: '브리프 1 승인' }).click();
    await expect(desk.getByTestId('brief-review-1')).toHaveText('승인');
    await desk.getByRole('button', { name: '브리프 2 반려' }).click();
    await confirmDialog(desk, '캠페인 날짜를 확인해 주세요.');
    await expect(desk.getByTestId('brief-review-2')).toHaveText('반려');
    // Approving now needs an override: the desk sends it back instead.
    await reviewActions(desk).getByRole('button', { name: '수정 요청' }).click();
    await confirmDialog(desk, '2번 소식을 고쳐 주세요.');
    await expect(desk.getByTestId('roundup-status')).toHaveText('수정 요청');

    // The reporter's page follows live (no reload): which brief came back and why; the text is theirs again.
    await expect(reporter.getByTestId('roundup-status')).toHaveText('수정 요청');
    await expect(editorBody(reporter)).toHaveAttribute('contenteditable', 'true');
    await expect(reporter.getByTestId('brief-review-2')).toHaveText('반려');
    await expect(reporter.getByText('데스크 메모: 캠페인 날짜를 확인해 주세요.')).toBeVisible();
    await expect(reporter.getByTestId('brief-review-1')).toHaveText('승인');
    // …and in the notifications, pushed live too.
    const bell = reporter.getByRole('button', { name: /^알림/ });
    await expect(bell).toContainText(/\d/);
    await bell.click();
    const notifications = reporter.getByRole('region', { name: '알림' });
    // This roundup's: the server may hold other runs' roundups and their notifications.
    const returned = notifications.getByRole('link').filter({ hasText: headline });
    await expect(returned.getByText('김데스크 · 브리프 반려')).toBeVisible();
    await expect(returned.getByText('캠페인 날짜를 확인해 주세요.')).toBeVisible();
    await bell.click();
    await placeCaretAtEnd(briefs(reporter).nth(1).locator('p').first());
    await reporter.keyboard.type(' 캠페인은 12월 5일 오후 2시에 열렸다.');
    await expectSaved(reporter);
    await reviewActions(reporter).getByRole('button', { name: '데스크에 송고' }).click();
    await expect(reporter.getByTestId('roundup-status')).toHaveText('송고됨');
    await expect(reporter.getByTestId('brief-review-2')).toHaveText('검토 대기');

    // The desk approves the rest, then the roundup, then publishes.
    await desk.reload();
    await reviewActions(desk).getByRole('button', { name: '검토 시작' }).click();
    await expect(desk.getByTestId('brief-review-1')).toHaveText('승인');
    await desk.getByRole('button', { name: '브리프 2 승인' }).click();
    await expect(desk.getByTestId('brief-review-2')).toHaveText('승인');
    await desk.getByRole('button', { name: '브리프 3 승인' }).click();
    await expect(desk.getByTestId('brief-review-3')).toHaveText('승인');
    await reviewActions(desk).getByRole('button', { name: '기사 승인' }).click();
    await expect(desk.getByTestId('roundup-status')).toHaveText('승인');
    await reviewActions(desk).getByRole('button', { name: '출고', exact: true }).click();
    await expect(desk.getByTestId('roundup-status')).toHaveText('출고');
    await expect(desk.getByText(/출고: 김데스크/)).toBeVisible();

    // Every step is in the history, with the notes.
    const history = desk.getByRole('region', { name: '검토 기록' });
    await expect(history.getByText('2번 소식을 고쳐 주세요.')).toBeVisible();
    await expect(history.locator('li')).toHaveCount(11);

    await expect(reporter.getByTestId('roundup-status')).toHaveText('출고');
    await reporter.reload();
    await expect(editorBody(reporter)).toContainText('캠페인은 12월 5일 오후 2시에 열렸다.');
  } finally {
    await reporterContext.close();
    await deskContext.close();
  }
});
