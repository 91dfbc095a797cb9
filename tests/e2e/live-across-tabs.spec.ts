import { expect, test } from '@playwright/test';
import { demoRoundupId, openRoundup } from './support';

test('the browser demo carries review steps to the other open tabs, as the server does with its live events', async ({ context }) => {
  const first = await context.newPage();
  await openRoundup(first, demoRoundupId, 'reporter');
  const second = await context.newPage();
  await second.goto(`/roundups/${demoRoundupId}`);
  await expect(second.getByTestId('roundup-status')).toHaveText('작성 중');

  await second.getByRole('group', { name: '검토 작업' }).getByRole('button', { name: '데스크에 송고' }).click();
  await expect(second.getByTestId('roundup-status')).toHaveText('송고됨');
  // The first tab was not touched: it hears of it over the BroadcastChannel.
  await expect(first.getByTestId('roundup-status')).toHaveText('송고됨');
  await expect(first.getByRole('region', { name: '검토 기록' }).getByText('데스크에 송고')).toBeVisible();
});
