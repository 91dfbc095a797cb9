import { expect, test, type Locator, type Page } from '@playwright/test';
import { gwangjuRoundupBriefTexts } from '@/schema/demo/gwangju-roundup';
import type { Ime } from './compose';
import { compositionsIntact, shareImeEditor, paragraphs, placeCaret, reloadSaved, selectText } from './ime-editor';

// Composition next to and inside marks: bold and italic (inclusive), links (not inclusive), stored marks.
let page: Page;
let ime: Ime;
shareImeEditor((opened) => ({ page, ime } = opened));

const [welfare] = gwangjuRoundupBriefTexts;
const texts = welfare.paragraphs;

function paragraph(index: number): Locator {
  return paragraphs(page, 0).nth(index);
}

async function markTexts(block: Locator, tag: string): Promise<string[]> {
  return block.locator(tag).allTextContents();
}

test('right after bold text: the syllables continue the bold run (bold is inclusive), and so does the next key', async () => {
  await selectText(paragraph(2), 0, 3);
  await page.keyboard.press('Control+B');
  await placeCaret(paragraph(2), 3);
  await ime.typeHangul('청');
  await page.keyboard.type('X');
  await expect(paragraph(2)).toHaveText(`광산구청X${texts[2].slice(3)}`);
  expect(await markTexts(paragraph(2), 'strong')).toEqual(['광산구청X']);
});

test('inside italic text: one italic run, the syllable where the caret was', async () => {
  const word = '사회적협동조합';
  const at = texts[3].indexOf(word);
  await selectText(paragraph(3), at, at + word.length);
  await page.keyboard.press('Control+I');
  await placeCaret(paragraph(3), at + 3);
  await ime.typeHangul('인');
  await page.keyboard.type('X');
  expect(await markTexts(paragraph(3), 'em')).toEqual(['사회적인X협동조합']);
  await expect(paragraph(3)).toHaveText(texts[3].replace(word, '사회적인X협동조합'));
});

test('with a stored mark (Ctrl+B on an empty selection): the composed syllables are bold', async () => {
  const intact = await compositionsIntact(page, ime);
  await placeCaret(paragraph(4), 'end');
  await page.keyboard.press('Control+B');
  await ime.typeHangul('추가');
  // The toolbar follows once the composition is over, though no transaction came after it.
  await expect(page.getByRole('button', { name: /^굵게/ })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('X');
  await expect(paragraph(4)).toHaveText(`${texts[4]}추가X`);
  expect(await markTexts(paragraph(4), 'strong')).toEqual(['추가X']);
  await intact();
});

test('with a stored mark removed (Ctrl+B inside bold text): the composed syllables are not bold', async () => {
  // 광산구청X| from the first case: the caret at the end of the bold run, bold switched off for what comes next.
  await placeCaret(paragraph(2), 5);
  await page.keyboard.press('Control+B');
  await ime.typeHangul('는');
  await page.keyboard.type('Y');
  await expect(paragraph(2)).toHaveText(`광산구청X는Y${texts[2].slice(3)}`);
  expect(await markTexts(paragraph(2), 'strong')).toEqual(['광산구청X']);
});

test('inside a comment highlight (a decoration, not a mark): the highlight grows with the syllables, one highlight', async () => {
  const intact = await compositionsIntact(page, ime);
  const word = '더불어락협동조합';
  const at = texts[6].indexOf(word);
  await page.locator('button[aria-controls="comments-pane"]').click();
  await selectText(paragraph(6), at, at + word.length);
  const panel = page.locator('#comments-pane');
  await panel.getByRole('button', { name: '선택한 글에 의견 달기' }).click();
  await panel.getByRole('textbox', { name: '의견' }).fill('조합 이름 확인');
  await panel.getByRole('button', { name: '의견 남기기' }).click();
  await expect(paragraph(6).locator('.comment-highlight')).toHaveText(word);

  await placeCaret(paragraph(6), at + '더불어락'.length);
  await ime.typeHangul('마을', { leaveComposing: true });
  await expect(paragraph(6).locator('.comment-highlight')).toHaveText('더불어락마을협동조합');
  await ime.finish();
  await page.keyboard.type('X');
  await expect(paragraph(6)).toHaveText(texts[6].replace(word, '더불어락마을X협동조합'));
  await expect(paragraph(6).locator('.comment-highlight')).toHaveText('더불어락마을X협동조합');
  await page.locator('button[aria-controls="comments-pane"]').click();
  await intact();
});

const address = 'https://www.newsis.com';

test('right after an address typed in Latin: the particle composed after it is not linked, the address is', async () => {
  const intact = await compositionsIntact(page, ime);
  await placeCaret(paragraph(5), 'end');
  await page.keyboard.type(` ${address}`);
  await ime.typeHangul('에서');
  await page.keyboard.type(' ');
  await ime.typeHangul('확인');
  await expect(paragraph(5)).toHaveText(`${texts[5]} ${address}에서 확인`);
  expect(await markTexts(paragraph(5), 'a')).toEqual([address]);
  await expect(paragraph(5).locator('a')).toHaveAttribute('href', `${address}/`); // stored normalised
  await intact();
});

test('at the end of a link (links are not inclusive): the syllables stay out of the link', async () => {
  await placeCaret(paragraph(5), `${texts[5]} ${address}`.length);
  await ime.typeHangul('주소');
  await page.keyboard.type('Z');
  await expect(paragraph(5)).toHaveText(`${texts[5]} ${address}주소Z에서 확인`);
  expect(await markTexts(paragraph(5), 'a')).toEqual([address]);
});

test('inside a link: the syllables join the link text, still one link with its address; marks survive a save', async () => {
  const at = `${texts[5]} https://www.`.length;
  await placeCaret(paragraph(5), at);
  await ime.typeHangul('뉴');
  await page.keyboard.type('W');
  expect(await markTexts(paragraph(5), 'a')).toEqual(['https://www.뉴Wnewsis.com']);
  await expect(paragraph(5).locator('a')).toHaveAttribute('href', `${address}/`); // stored normalised

  await reloadSaved(page);
  expect(await markTexts(paragraph(2), 'strong')).toEqual(['광산구청X']);
  expect(await markTexts(paragraph(3), 'em')).toEqual(['사회적인X협동조합']);
  expect(await markTexts(paragraph(4), 'strong')).toEqual(['추가X']);
  expect(await markTexts(paragraph(5), 'a')).toEqual(['https://www.뉴Wnewsis.com']);
  await expect(paragraph(5)).toHaveText(`${texts[5]} https://www.뉴Wnewsis.com주소Z에서 확인`);
});
