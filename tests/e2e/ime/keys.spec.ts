import { expect, test, type Page } from '@playwright/test';
import { gwangjuRoundupBriefTexts } from '@/schema/demo/gwangju-roundup';
import type { Ime } from './compose';
import { blockTexts, caption, compositionsIntact, credit, heading, shareImeEditor, paragraphs, placeCaret, reloadSaved, selectText } from './ime-editor';

// Keys pressed while a syllable is still composing: Chromium sends a keydown marked isComposing (229), the IME
// commits, then the key itself arrives; Backspace the IME keeps for itself.
let page: Page;
let ime: Ime;
shareImeEditor((opened) => ({ page, ime } = opened));

const [welfare, sleep] = gwangjuRoundupBriefTexts;

/** A paragraph of the second brief by its index in the demo text (the heading case adds one before them). */
function sleepParagraph(index: number) {
  return paragraphs(page, 1).nth(index + 1);
}

test('Enter while composing in the middle of a paragraph: the syllable stays, the paragraph splits once, and it is saved', async () => {
  const intact = await compositionsIntact(page, ime);
  const cut = '광주 광산구는 6일'.length;
  const first = welfare.paragraphs[0];
  await placeCaret(paragraphs(page, 0).nth(0), cut);
  await ime.typeHangul('오늘', { leaveComposing: true });
  expect(ime.current).toBe('늘');
  await ime.pressDuringComposition('Enter');
  await page.keyboard.type('X');
  const expected = [welfare.heading, `${first.slice(0, cut)}오늘`, `X${first.slice(cut)}`, ...welfare.paragraphs.slice(1)];
  expect(await blockTexts(page, 0)).toEqual(expected);
  await intact();
  await reloadSaved(page);
  expect(await blockTexts(page, 0)).toEqual(expected);
});

test('Enter while composing at the end of a heading: the heading keeps the syllable, one first paragraph opens', async () => {
  const intact = await compositionsIntact(page, ime);
  await placeCaret(heading(page, 1), 'end');
  await ime.typeHangul('종합', { leaveComposing: true });
  await ime.pressDuringComposition('Enter');
  await page.keyboard.type('X');
  const texts = await blockTexts(page, 1);
  expect(texts.slice(0, 2)).toEqual([`${sleep.heading}종합`, 'X']);
  expect(texts).toHaveLength(1 + 2 + sleep.paragraphs.length + 1);
  await intact();
});

test('Enter while composing at the end of a photo caption: the syllable stays in the caption, no block is added', async () => {
  const intact = await compositionsIntact(page, ime);
  const before = await blockTexts(page, 2);
  const [, captionText, creditText] = before;
  await placeCaret(caption(page, 2), 'end');
  await ime.typeHangul('모습', { leaveComposing: true });
  await ime.pressDuringComposition('Enter');
  await expect(caption(page, 2)).toHaveText(`${captionText}모습`);
  await expect(credit(page, 2)).toHaveText(creditText ?? '');
  expect(await blockTexts(page, 2)).toHaveLength(before.length);
  await intact();
});

test('Backspace while composing takes back one jamo (글 → 그), and the syllable then completes differently', async () => {
  const intact = await compositionsIntact(page, ime);
  const last = paragraphs(page, 1).last();
  await placeCaret(last, 'end');
  await ime.typeHangul('한글', { leaveComposing: true });
  await ime.pressDuringComposition('Backspace');
  expect(ime.current).toBe('그');
  await ime.set('근');
  await ime.commit('근');
  await page.keyboard.type('X');
  await expect(last).toHaveText(`${sleep.paragraphs.at(-1)}한근X`);
  await intact();
});

test('Backspace on a lone jamo ends the composition with nothing left; the next Backspace deletes the committed syllable', async () => {
  const intact = await compositionsIntact(page, ime);
  const last = paragraphs(page, 1).last();
  await ime.typeHangul('가');
  await ime.set('ㄴ');
  await ime.pressDuringComposition('Backspace');
  expect(ime.current).toBe('');
  await expect(last).toHaveText(`${sleep.paragraphs.at(-1)}한근X가`);
  await page.keyboard.press('Backspace');
  await page.keyboard.type('Y');
  await expect(last).toHaveText(`${sleep.paragraphs.at(-1)}한근XY`);
  await intact();
});

test('ArrowLeft while composing commits the syllable, then moves the caret before it', async () => {
  const paragraph = sleepParagraph(1);
  await placeCaret(paragraph, 'end');
  await ime.typeHangul('한글', { leaveComposing: true });
  await ime.pressDuringComposition('ArrowLeft');
  await page.keyboard.type('X');
  await expect(paragraph).toHaveText(`${sleep.paragraphs[1]}한X글`);
});

test('composing over a selected word replaces it, once', async () => {
  const paragraph = sleepParagraph(2);
  const word = '방문';
  const at = sleep.paragraphs[2].indexOf(word);
  await selectText(paragraph, at, at + word.length);
  await ime.typeHangul('현장');
  await page.keyboard.type('X');
  await expect(paragraph).toHaveText(sleep.paragraphs[2].replace(word, '현장X'));
});

test('undo takes a composed word back as one step, redo brings it back', async () => {
  const paragraph = sleepParagraph(3);
  await placeCaret(paragraph, 'end');
  await ime.typeHangul('되돌리기');
  await expect(paragraph).toHaveText(`${sleep.paragraphs[3]}되돌리기`);
  await page.keyboard.press('Control+Z');
  await expect(paragraph).toHaveText(sleep.paragraphs[3]);
  await page.keyboard.press('Control+Shift+Z');
  await expect(paragraph).toHaveText(`${sleep.paragraphs[3]}되돌리기`);
  await page.keyboard.type('X');
  await expect(paragraph).toHaveText(`${sleep.paragraphs[3]}되돌리기X`);
});

// Last in this file: they take briefs away.
test('composing over a selection that runs from one brief heading into the next replaces it, the briefs joined once', async () => {
  const intact = await compositionsIntact(page, ime);
  const briefCount = await page.locator('section[data-type="brief"]').count();
  const third = (await blockTexts(page, 2))[0] ?? '';
  // From two characters into this heading to two characters into the next, as a reporter dragging across would.
  await page.evaluate(() => {
    const [from, to] = [...document.querySelectorAll('section[data-type="brief"] h2')].slice(1, 3).map((h2) => h2.firstChild);
    if (from === null || from === undefined || to === null || to === undefined) throw new Error('no headings to select across');
    window.getSelection()?.setBaseAndExtent(from, 2, to, 2);
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  await ime.startComposing();
  await ime.typeHangul('새');
  await page.keyboard.type('X');
  await expect(page.locator('section[data-type="brief"]')).toHaveCount(briefCount - 1);
  await expect(heading(page, 1)).toHaveText(`${sleep.heading.slice(0, 2)}새X${third.slice(2)}`);
  await intact();
});

test('composing over a selection from the first heading to the end of the roundup leaves one brief with the syllables', async () => {
  const intact = await compositionsIntact(page, ime);
  const first = (await heading(page, 0).textContent()) ?? '';
  await page.evaluate(() => {
    const from = document.querySelector('section[data-type="brief"] h2')?.firstChild;
    const blocks = document.querySelectorAll('section[data-type="brief"]:last-child .roundup-brief-content > p');
    const to = blocks[blocks.length - 1]?.lastChild;
    if (from === null || from === undefined || to === null || to === undefined) throw new Error('nothing to select across');
    window.getSelection()?.setBaseAndExtent(from, 2, to, to.textContent?.length ?? 0);
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  await ime.startComposing();
  await ime.typeHangul('전부');
  await page.keyboard.type('X');
  await expect(page.locator('section[data-type="brief"]')).toHaveCount(1);
  await expect(heading(page, 0)).toHaveText(`${first.slice(0, 2)}전부X`);
  await intact();
});
