import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { briefs, demoRoundupId, editorBody, openRoundup } from '../support';
import { Ime } from './compose';

/**
 * One signed-in page on the demo roundup, shared by the cases of a file (each file gets its own browser context and
 * data), its compositions counted.
 */
export async function openImeEditor(browser: Browser): Promise<{ page: Page; ime: Ime }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openRoundup(page, demoRoundupId);
  await watchCompositions(page);
  return { page, ime: await Ime.attach(page) };
}

/**
 * Runs the file's cases in order on one IME editor page, opened before the first and closed after the last;
 * `opened` hands the page and its IME to the file.
 */
export function shareImeEditor(opened: (editor: { page: Page; ime: Ime }) => void): void {
  test.describe.configure({ mode: 'serial' });
  let shared: Page | null = null;
  test.beforeAll(async ({ browser }) => {
    const editor = await openImeEditor(browser);
    shared = editor.page;
    opened(editor);
  });
  test.afterAll(async () => {
    await shared?.context().close();
  });
}

export function brief(page: Page, index: number): Locator {
  return briefs(page).nth(index);
}

export function heading(page: Page, briefIndex: number): Locator {
  return brief(page, briefIndex).locator('h2[data-type="brief-heading"]');
}

/** The brief's paragraphs (not a figure's credit, which is a `p` too). */
export function paragraphs(page: Page, briefIndex: number): Locator {
  return brief(page, briefIndex).locator('.roundup-brief-content > p');
}

export function caption(page: Page, briefIndex: number): Locator {
  return brief(page, briefIndex).locator('figcaption[data-type="figure-caption"]');
}

export function credit(page: Page, briefIndex: number): Locator {
  return brief(page, briefIndex).locator('p[data-type="figure-credit"]');
}

/** A character offset into a block's text, or its end. */
type TextOffset = number | 'end';

/**
 * Selects a block's text from `from` to `to` characters in ('end' for its end), as a click or a drag there would,
 * and waits until the editor has taken the selection over.
 */
export async function selectText(block: Locator, from: TextOffset, to: TextOffset = from): Promise<void> {
  await block.evaluate((element) => (element.closest('[contenteditable="true"]') as HTMLElement | null)?.focus());
  await block.evaluate(
    (element, [start, end]) => {
      function point(offset: number | 'end'): [Node, number] {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let left = offset === 'end' ? Number.POSITIVE_INFINITY : offset;
        let last: Text | null = null;
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (left <= length) return [node, left];
          left -= length;
          if (node instanceof Text) last = node;
        }
        return last === null ? [element, offset === 'end' ? element.childNodes.length : 0] : [last, last.length];
      }
      const range = document.createRange();
      range.setStart(...point(start));
      range.setEnd(...point(end));
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    [from, to] as const,
  );
  // ProseMirror reads the DOM selection on selectionchange: let that run before the IME starts.
  await block.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

export async function placeCaret(block: Locator, offset: TextOffset): Promise<void> {
  await selectText(block, offset);
}

export async function selectContents(block: Locator): Promise<void> {
  await selectText(block, 0, 'end');
}

/** The texts of a brief's blocks in order: heading, paragraphs, and each figure as caption and credit. */
export async function blockTexts(page: Page, briefIndex: number): Promise<string[]> {
  return brief(page, briefIndex)
    .locator('h2[data-type="brief-heading"], .roundup-brief-content > p, figcaption, p[data-type="figure-credit"]')
    .allTextContents();
}

/**
 * Reloads the roundup once it is saved, so the case checks what the server holds, not what the editor shows; the
 * composition watch starts again on the new page.
 */
export async function reloadSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });
  await page.reload();
  await expect(editorBody(page).locator('h2').first()).toBeVisible();
  await watchCompositions(page);
}

export interface CompositionRecord {
  /** Compositions started on the page. */
  started: number;
  /** Compositions ended on the page, committed, cancelled or broken off. */
  ended: number;
}

const probeKey = 'bureauImeProbe';

/** Counts the compositions the page sees start and end (again after each reload: `reloadSaved` calls it). */
export async function watchCompositions(page: Page): Promise<void> {
  await editorBody(page).evaluate((dom, key) => {
    const record = { started: 0, ended: 0 };
    Reflect.set(window, key, record);
    dom.addEventListener('compositionstart', () => {
      record.started += 1;
    });
    dom.addEventListener('compositionend', () => {
      record.ended += 1;
    });
  }, probeKey);
}

export async function compositionRecord(page: Page): Promise<CompositionRecord> {
  const value: unknown = await page.evaluate((key) => Reflect.get(window, key), probeKey);
  if (typeof value !== 'object' || value === null || !('started' in value) || !('ended' in value)) throw new Error('watchCompositions first');
  return { started: Number(value.started), ended: Number(value.ended) };
}

/**
 * Returns a check that, from now on, every composition the page saw end was ended by the IME (a commit or a
 * cancel): a transaction or a re-render that redraws the composing text makes Chromium end the composition itself,
 * and the next jamo then starts a new one (the syllable doubled or lost).
 */
export async function compositionsIntact(page: Page, ime: Ime): Promise<() => Promise<void>> {
  const page0 = await compositionRecord(page);
  const ime0 = ime.endedCompositions;
  return async () => {
    const now = await compositionRecord(page);
    expect({ ended: now.ended - page0.ended, startedAndOpen: now.started - now.ended }).toEqual({
      ended: ime.endedCompositions - ime0,
      startedAndOpen: ime.current === '' ? 0 : 1,
    });
  };
}
