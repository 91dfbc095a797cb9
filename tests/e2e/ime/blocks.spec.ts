import { expect, test, type Page } from '@playwright/test';
import { gwangjuRoundupBriefTexts, gwangjuRoundupCaptions } from '@/schema/demo/gwangju-roundup';
import { briefs } from '../support';
import type { Ime } from './compose';
import { blockTexts, brief, caption, compositionsIntact, credit, heading, shareImeEditor, paragraphs, placeCaret, reloadSaved, selectContents } from './ime-editor';

// Composition at the start of each kind of block Bureau has, in its own editor (node views, placeholders, counts).
let page: Page;
let ime: Ime;
shareImeEditor((opened) => ({ page, ime } = opened));

const [welfare, sleep, fire] = gwangjuRoundupBriefTexts;

test('at the start of a brief heading: the syllables go before the heading text, the caret after them, and it is saved', async () => {
  const intact = await compositionsIntact(page, ime);
  await placeCaret(heading(page, 0), 0);
  await ime.typeHangul('속보');
  await page.keyboard.type('X');
  await expect(heading(page, 0)).toHaveText(`속보X${welfare.heading}`);
  // The outline follows the heading once the composition is over.
  await expect(page.getByRole('complementary', { name: '브리프 목차' }).getByText(`속보X${welfare.heading}`)).toBeVisible();
  await intact();
  await reloadSaved(page);
  await expect(heading(page, 0)).toHaveText(`속보X${welfare.heading}`);
});

test('at the start of a paragraph: nothing lost or doubled, the paragraph count unchanged', async () => {
  await placeCaret(paragraphs(page, 0).nth(1), 0);
  await ime.typeHangul('한편');
  await page.keyboard.type(' ');
  await ime.typeHangul('광산구는');
  await page.keyboard.type('!');
  await expect(paragraphs(page, 0)).toHaveCount(welfare.paragraphs.length);
  await expect(paragraphs(page, 0).nth(1)).toHaveText(`한편 광산구는!${welfare.paragraphs[1]}`);
  await expect(paragraphs(page, 0).nth(0)).toHaveText(welfare.paragraphs[0]);
});

test('at the start of a photo caption: the caption takes the text, the credit is untouched, and it is saved', async () => {
  await placeCaret(caption(page, 1), 0);
  await ime.typeHangul('사진설명');
  await page.keyboard.type(' ');
  await expect(caption(page, 1)).toHaveText(`사진설명 ${gwangjuRoundupCaptions.sleepCoaching.caption}`);
  await expect(credit(page, 1)).toHaveText(gwangjuRoundupCaptions.sleepCoaching.credit);
  await reloadSaved(page);
  await expect(caption(page, 1)).toHaveText(`사진설명 ${gwangjuRoundupCaptions.sleepCoaching.caption}`);
});

test('at the start of a photo credit', async () => {
  await placeCaret(credit(page, 2), 0);
  await ime.typeHangul('뉴시스');
  await page.keyboard.type('/');
  await expect(credit(page, 2)).toHaveText(`뉴시스/${gwangjuRoundupCaptions.fireStation.credit}`);
  await expect(caption(page, 2)).toHaveText(gwangjuRoundupCaptions.fireStation.caption);
});

test('in an emptied credit: the "credit missing" flag goes away as the first jamo arrives, without breaking the composition', async () => {
  const intact = await compositionsIntact(page, ime);
  const figure = brief(page, 2).locator('figure');
  await selectContents(credit(page, 2));
  await page.keyboard.press('Backspace');
  await expect(credit(page, 2)).toHaveText('');
  await expect(figure.getByRole('status')).toHaveCount(1);
  await ime.typeHangul('북부소방서', { leaveComposing: true });
  await expect(figure.getByRole('status')).toHaveCount(0);
  await ime.finish();
  await page.keyboard.type(' ');
  await ime.typeHangul('제공');
  await page.keyboard.type('.');
  await expect(credit(page, 2)).toHaveText('북부소방서 제공.');
  await intact();
  await reloadSaved(page);
  await expect(credit(page, 2)).toHaveText('북부소방서 제공.');
});

test('right after a photo (arrowing out of its credit into the next paragraph)', async () => {
  await placeCaret(credit(page, 1), 'end');
  await page.keyboard.press('ArrowRight');
  await ime.typeHangul('앞서');
  await page.keyboard.type(',');
  await expect(paragraphs(page, 1).nth(0)).toHaveText(`앞서,${sleep.paragraphs[0]}`);
  await expect(credit(page, 1)).toHaveText(gwangjuRoundupCaptions.sleepCoaching.credit);
  await expect(paragraphs(page, 1)).toHaveCount(sleep.paragraphs.length);
});

test('in a new, empty brief: heading and first paragraph, placeholders gone, one brief added', async () => {
  const intact = await compositionsIntact(page, ime);
  await placeCaret(paragraphs(page, 2).last(), 'end');
  await page.keyboard.press('Control+Alt+Enter');
  await expect(briefs(page)).toHaveCount(4);
  await ime.typeHangul('새소식', { leaveComposing: true });
  await ime.pressDuringComposition('Enter');
  await ime.typeHangul('광주시는');
  await page.keyboard.type(' 7');
  await ime.typeHangul('일');
  await page.keyboard.type('.');
  // Enter in the heading goes into the new brief's empty first paragraph: the syllable stays, no block is added.
  const expected = ['새소식', '광주시는 7일.'];
  expect(await blockTexts(page, 3)).toEqual(expected);
  await expect(heading(page, 3)).not.toHaveClass(/is-empty/);
  await intact();
  await reloadSaved(page);
  expect(await blockTexts(page, 3)).toEqual(expected);
  expect(await blockTexts(page, 2)).toEqual([fire.heading, gwangjuRoundupCaptions.fireStation.caption, '북부소방서 제공.', ...fire.paragraphs]);
});
