import { expect, test, type Page } from '@playwright/test';
import { gwangjuRoundupBody, gwangjuRoundupMetadata } from '../../src/schema/demo/gwangju-roundup';
import { renderStandaloneHtml } from '../../src/render/render-standalone-html';

// A one-pixel GIF: the layout must not wait on photo downloads.
const pixel = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
const html = renderStandaloneHtml(
  { meta: gwangjuRoundupMetadata, body: gwangjuRoundupBody, updatedAt: null },
  { photoUrl: () => pixel },
);

/**
 * Where every block of the article sits, in page coordinates, once the photos are in and the page has drawn a frame.
 * Photos load lazily, so the page's load event does not wait for them, and a photo's box changes shape when it
 * arrives; before its first frame Chromium has not yet decided which briefs are on screen. Measuring earlier compares
 * two moments, not two layouts (both seen on a loaded CI machine).
 */
async function blockBoxes(page: Page) {
  await page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return [...document.querySelectorAll('.bureau-article h2, .bureau-article p, .bureau-article figure, .bureau-article img')].map((element) => {
      const box = element.getBoundingClientRect();
      return [element.tagName, Math.round(box.left), Math.round(box.top + scrollY), Math.round(box.width), Math.round(box.height)].join(' ');
    });
  });
}

// Briefs skip rendering off screen (content-visibility), which makes each one a layout and paint container. These
// check that the published layout is exactly what it is without that: same boxes, and photos that bleed to the edge
// on a phone are not clipped.
for (const [name, width] of [
  ['desktop', 1000],
  ['phone', 375],
] as const) {
  test(`briefs that skip rendering off screen lay out as without it (${name})`, async ({ page }) => {
    // Tall enough for the whole article to be on screen, so that every brief is rendered.
    await page.setViewportSize({ width, height: 6000 });
    await page.setContent(html);
    const contained = await blockBoxes(page);
    expect(contained.length).toBeGreaterThan(15);
    await page.addStyleTag({ content: '.bureau-article__brief { content-visibility: visible !important; contain: none !important; }' });
    expect(await blockBoxes(page)).toEqual(contained);
  });
}

test('a photo bleeding to the edge of a phone screen is painted and clickable to its edge', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 6000 });
  await page.setContent(html);
  const photo = page.locator('.bureau-article__photo').first();
  const box = await photo.boundingBox();
  if (box === null) throw new Error('the photo has no box');
  expect(box.x).toBe(0);
  expect(box.width).toBe(375);
  const hit = await page.evaluate(({ y }) => document.elementFromPoint(1, y)?.className ?? '', { y: box.y + box.height / 2 });
  expect(hit).toContain('bureau-article__photo');
});

test('printing lays every brief out, none left as a placeholder', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 600 });
  await page.setContent(html);
  await page.emulateMedia({ media: 'print' });
  const skipped = await page.evaluate(() =>
    [...document.querySelectorAll('.bureau-article__brief')].map((brief) => getComputedStyle(brief).contentVisibility),
  );
  expect(skipped).toEqual(skipped.map(() => 'visible'));
});
