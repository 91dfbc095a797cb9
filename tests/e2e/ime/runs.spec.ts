import { expect, test, type Page } from '@playwright/test';
import { gwangjuRoundupBriefTexts } from '@/schema/demo/gwangju-roundup';
import { previewFrame } from '../support';
import type { Ime } from './compose';
import { hangulSteps } from './hangul-keystrokes';
import { brief, compositionsIntact, shareImeEditor, paragraphs, placeCaret, reloadSaved } from './ime-editor';

// Longer typing: mixed scripts, a long run, and what the page does on its own meanwhile (counts, autosave, journal).
let page: Page;
let ime: Ime;
shareImeEditor((opened) => ({ page, ime } = opened));

const [welfare, sleep, fire] = gwangjuRoundupBriefTexts;

/** The brief's length as the outline shows it ("1,234자"), as a number. */
async function outlineCount(index: number): Promise<number> {
  const text = await page.getByRole('complementary', { name: '브리프 목차' }).locator('.outline-count').nth(index).textContent();
  const match = /([\d,]+)자/.exec(text ?? '');
  if (match?.[1] === undefined) throw new Error(`no count in ${text}`);
  return Number(match[1].replaceAll(',', ''));
}

test('Korean, Latin and numbers mixed: every character once, in order', async () => {
  const typed = ' 2017년 AI 기자 3명이 NEWSIS 앱으로 1,500자를 송고했다(Gwangju).';
  await placeCaret(paragraphs(page, 0).nth(0), 'end');
  await ime.type(typed);
  await expect(paragraphs(page, 0).nth(0)).toHaveText(`${welfare.paragraphs[0]}${typed}`);
});

const sentence = '광주 광산구는 영유아 수면 코칭사업 협약을 맺고 수면 코치 양성에 착수했다고 밝혔다';

/** `count` syllables of Korean news text, with its spaces. */
function syllables(count: number): string {
  let text = '';
  let taken = 0;
  while (taken < count) {
    for (const character of `${sentence} `) {
      if (taken === count) break;
      text += character;
      if (character !== ' ') taken += 1;
    }
  }
  return text.trimEnd();
}

test('a 200-syllable run: the text exact, the outline count up by exactly its length after the counts refresh mid-run, saved', async () => {
  const run = syllables(200);
  const last = paragraphs(page, 1).last();
  const before = await outlineCount(1);
  const intact = await compositionsIntact(page, ime);
  await placeCaret(last, 'end');
  await page.keyboard.type(' ');
  const words = run.split(' ');
  for (const [index, word] of words.entries()) {
    if (index > 0) await page.keyboard.type(' ');
    await ime.typeHangul(word, { leaveComposing: index === Math.floor(words.length / 2) });
    if (ime.current !== '') {
      // Pause on a composing syllable long enough for the outline counts and the local journal to refresh.
      await page.waitForTimeout(1200);
      await ime.finish();
    }
  }
  await page.keyboard.type('.');
  await expect(last).toHaveText(`${sleep.paragraphs.at(-1)} ${run}.`);
  await expect.poll(() => outlineCount(1)).toBe(before + run.length + 2);
  await intact();
  await reloadSaved(page);
  await expect(paragraphs(page, 1).last()).toHaveText(`${sleep.paragraphs.at(-1)} ${run}.`);
});

test('across an autosave that completes mid-composition: the save leaves the syllable alone, the next save takes all of it', async () => {
  const paragraph = paragraphs(page, 2).nth(0);
  await placeCaret(paragraph, 'end');
  // A Latin edit starts the autosave debounce; the composition starts before it fires.
  await page.keyboard.type(' (');
  await expect(page.locator('[data-save-state]')).not.toHaveAttribute('data-save-state', 'saved');
  const intact = await compositionsIntact(page, ime);
  const steps = hangulSteps('소방관');
  const typedBeforeSave = hangulSteps('소방', { commitLast: false }).length;
  await ime.run(steps.slice(0, typedBeforeSave));
  expect(ime.current).toBe('방');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 10_000 });
  // The same composition goes on: 방 + ㄱ commits 방 and composes ㄱ, 과, 관.
  await ime.run(steps.slice(typedBeforeSave));
  await intact();
  await page.keyboard.type(')');
  await expect(paragraph).toHaveText(`${fire.paragraphs[0]} (소방관)`);
  await reloadSaved(page);
  await expect(paragraphs(page, 2).nth(0)).toHaveText(`${fire.paragraphs[0]} (소방관)`);
  await expect(brief(page, 2).locator('h2')).toHaveText(fire.heading);
});

test('with the live preview open: it follows the text while a syllable is open, and the composition is not disturbed', async () => {
  const paragraph = paragraphs(page, 2).nth(1);
  await page.getByRole('button', { name: '미리보기', exact: true }).click();
  await expect(previewFrame(page).getByText(fire.paragraphs[1])).toBeVisible();
  await placeCaret(paragraph, 'end');
  const intact = await compositionsIntact(page, ime);
  const steps = hangulSteps('현장에서');
  const open = hangulSteps('현장에', { commitLast: false }).length;
  await ime.run(steps.slice(0, open));
  // Long enough for the preview (300 ms after typing pauses) and the outline counts (250 ms) to render again.
  await expect(previewFrame(page).getByText(`${fire.paragraphs[1]}현장에`)).toBeVisible();
  await ime.run(steps.slice(open));
  await page.keyboard.type('X');
  await expect(paragraph).toHaveText(`${fire.paragraphs[1]}현장에서X`);
  await expect(previewFrame(page).getByText(`${fire.paragraphs[1]}현장에서X`)).toBeVisible();
  await intact();
});
