import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { demoRoundupId, editorBody, previewFrame, signIn } from '../support';

const importText = readFileSync(fileURLToPath(new URL('../../fixtures/import/newsis-gwangju-roundup-2017-12-06.txt', import.meta.url)), 'utf8');

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Every `securitypolicyviolation` of the page, and every console message in which Chromium reports one. */
async function watchPolicyViolations(page: Page): Promise<{ events: () => Promise<Violation[]>; console: string[] }> {
  const consoleReports: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (?:load|execute|apply|run|frame|connect)/i.test(message.text())) consoleReports.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: { directive: string; blocked: string; sample: string }[] = [];
    Object.defineProperty(window, '__policyViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
  return {
    console: consoleReports,
    events: () => page.evaluate(() => (Reflect.get(window, '__policyViolations') as Violation[] | undefined) ?? []),
  };
}

test('the app runs under its Content-Security-Policy: sign-in, dashboard, import, editor, preview and print layout report no violation', async ({ page }) => {
  const violations = await watchPolicyViolations(page);
  const first = await page.goto('/');
  const policy = first?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(?:inline|eval)'/);
  expect(first?.headers()['x-frame-options']).toBe('DENY');
  // The page carries the same policy for static hosts that send no headers (without frame-ancestors, header-only).
  const metaPolicy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  expect(metaPolicy).toContain("script-src 'self'");
  expect(metaPolicy).not.toContain('frame-ancestors');

  await signIn(page, 'reporter');
  // The import dialog draws the published layout with the article stylesheet (an inline <style>, allowed by hash).
  await page.getByRole('button', { name: '텍스트에서 가져오기' }).click();
  const dialog = page.getByRole('dialog', { name: '텍스트에서 가져오기' });
  await dialog.getByRole('textbox', { name: '기사 텍스트' }).fill(importText);
  const imported = dialog.getByRole('region', { name: '가져올 내용' }).getByRole('article');
  await expect(imported.getByRole('heading', { level: 2 })).toHaveCount(3);
  await expect.poll(() => imported.evaluate((element) => getComputedStyle(element).maxWidth)).not.toBe('none');
  await page.keyboard.press('Escape');

  await page.goto(`/roundups/${demoRoundupId}`);
  await expect(editorBody(page).locator('h2').first()).toBeVisible();
  // Tiptap's base rules (an inline <style>, allowed by hash) are in force: the editor keeps white space as typed.
  await expect.poll(() => editorBody(page).evaluate((element) => getComputedStyle(element).whiteSpace)).toMatch(/pre-wrap|break-spaces/);
  const photo = editorBody(page).locator('figure img').first();
  await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);

  await page.getByRole('button', { name: '미리보기', exact: true }).click();
  const article = previewFrame(page).locator('article');
  await expect(article).toBeVisible();
  await expect(article.getByRole('heading', { level: 2 }).first()).toBeVisible();
  // The article stylesheet applies inside the frame, and its photos load.
  await expect.poll(() => article.evaluate((element) => getComputedStyle(element).maxWidth)).not.toBe('none');
  const previewPhoto = article.locator('img').first();
  await expect.poll(() => previewPhoto.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  for (const viewport of ['모바일', '인쇄', '데스크톱']) {
    await page.getByRole('radio', { name: viewport }).click();
    await expect(page.getByRole('radio', { name: viewport })).toHaveAttribute('aria-checked', 'true');
    await expect(article).toBeVisible();
  }
  // Printing: the article stylesheet's print rules apply inside the frame (every brief laid out).
  await page.emulateMedia({ media: 'print' });
  const briefVisibility = await article.evaluate((element) =>
    [...element.querySelectorAll('.bureau-article__brief')].map((brief) => getComputedStyle(brief).contentVisibility),
  );
  expect(briefVisibility.length).toBeGreaterThan(0);
  expect(briefVisibility).toEqual(briefVisibility.map(() => 'visible'));
  await page.emulateMedia({ media: 'screen' });

  // The print button opens the print dialog of the sandboxed frame (allow-modals); Chromium says so when it may not.
  const refusedPrints: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes("call to 'print()'")) refusedPrints.push(message.text());
  });
  await page.getByRole('button', { name: '인쇄하기' }).click();
  await expect(article).toBeVisible();
  expect(refusedPrints).toEqual([]);

  expect(await violations.events()).toEqual([]);
  expect(violations.console).toEqual([]);
});

test('the preview frame is sandboxed: a script put into its document does not run', async ({ page }) => {
  await signIn(page, 'reporter');
  await page.goto(`/roundups/${demoRoundupId}`);
  await expect(editorBody(page).locator('h2').first()).toBeVisible();
  await page.getByRole('button', { name: '미리보기', exact: true }).click();
  await expect(previewFrame(page).locator('article')).toBeVisible();

  const frame = page.locator('iframe[title="출고 화면 미리보기"]');
  // Sandboxed, and without allow-scripts: the frame runs nothing even where no Content-Security-Policy is sent.
  const sandbox = await frame.getAttribute('sandbox');
  expect(sandbox).not.toBeNull();
  expect((sandbox ?? '').split(/\s+/)).not.toContain('allow-scripts');

  // What a payload that got into the article's markup would do: a script element, an inline handler, a javascript: URL.
  await frame.evaluate((element: HTMLIFrameElement) => {
    const document = element.contentDocument;
    if (document === null) throw new Error('the preview frame has no document');
    const script = document.createElement('script');
    script.textContent = "window.parent.document.body.dataset.previewScript = 'ran'";
    document.body.append(script);
    const image = document.createElement('img');
    image.setAttribute('onerror', "window.parent.document.body.dataset.previewHandler = 'ran'");
    // This page's own listener tells when the error event has been dispatched (to the inline handler too, if allowed).
    image.addEventListener('error', () => {
      window.document.body.dataset.previewImageFailed = 'yes';
    });
    image.src = 'data:image/png;base64,AAAA';
    document.body.append(image);
    const link = document.createElement('a');
    link.href = "javascript:window.parent.document.body.dataset.previewLink = 'ran'";
    link.textContent = 'x';
    document.body.append(link);
    link.click();
  });
  // Once the error event has been dispatched, the inline handler would have run by now.
  await expect.poll(() => page.evaluate(() => document.body.dataset.previewImageFailed)).toBe('yes');
  const ran = await page.evaluate(() => ({ ...document.body.dataset }));
  expect(ran).not.toHaveProperty('previewScript');
  expect(ran).not.toHaveProperty('previewHandler');
  expect(ran).not.toHaveProperty('previewLink');
});
