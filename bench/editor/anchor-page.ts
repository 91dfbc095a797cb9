import type { Browser, BrowserContext, Page } from 'playwright-core';
import { benchViewport } from './bench-browser';
import { toStarterKitContent } from './anchor/starter-kit-content';
import type { EditorRoundupFixture } from './roundup-fixture-generator';

/** What `toStarterKitContent` makes of one generated brief: heading, three paragraphs, caption, credit. */
export const anchorBlocksPerBrief = 6;

/** A browser context whose pages of the anchor (bench/editor/anchor) open with the fixture's text as their content. */
export async function newAnchorContext(browser: Browser, fixture: EditorRoundupFixture): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: benchViewport, locale: 'ko-KR' });
  await context.addInitScript((content) => Reflect.set(window, 'bureauBenchContent', content), toStarterKitContent(fixture.body));
  return context;
}

/** Waits for the anchor's `onCreate`. */
export async function waitForAnchorReady(page: Page): Promise<void> {
  await page.waitForFunction(() => Reflect.get(window, 'bureauBenchReady') === true, undefined, { timeout: 60_000 });
}
