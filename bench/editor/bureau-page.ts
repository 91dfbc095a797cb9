import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { z } from 'zod';
import { benchViewport } from './bench-browser';
import type { EditorRoundupFixture } from './roundup-fixture-generator';

export function newBureauContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: benchViewport, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
}

/** Signs in with the demo reporter from the sign-in page at `origin` and waits for the dashboard. */
export async function signInAsReporter(page: Page, origin: string): Promise<void> {
  await page.goto(origin);
  await page.getByRole('button', { name: /^기자 .+\(으\)로 로그인/ }).click();
  await page.getByRole('heading', { name: '기사 목록' }).waitFor();
}

const createdSchema = z.object({ id: z.string() }).loose();

/** Creates the fixture as a roundup of the signed-in user's and returns its id. */
export async function createRoundupInPage(page: Page, fixture: EditorRoundupFixture): Promise<string> {
  // The mock backend answers in the service worker, so the request has to come from the page.
  const created = await page.evaluate(async (roundup) => {
    const response = await fetch('/api/roundups', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Bureau-Client': 'web' },
      body: JSON.stringify(roundup),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }, { meta: fixture.meta, body: fixture.body });
  if (created.status !== 201) throw new Error(`creating the roundup answered ${created.status}: ${JSON.stringify(created.body)}`);
  return createdSchema.parse(created.body).id;
}

/** The brief sections of the editor's body. */
export function editorBriefs(page: Page): Locator {
  return page.getByRole('textbox', { name: '기사 본문' }).locator('section[data-type="brief"]');
}
