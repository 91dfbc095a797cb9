import { expect, test } from '@playwright/test';
import { gwangjuRoundupCaptions } from '../../../src/schema/demo/gwangju-roundup';
import { demoRoundupId, editorBody, openRoundup, previewFrame } from '../support';

test('photos are figures named by their caption, in the editor and in the published article', async ({ page }) => {
  await openRoundup(page, demoRoundupId);
  const caption = gwangjuRoundupCaptions.fireStation.caption;
  await expect(editorBody(page).getByRole('figure', { name: caption })).toBeVisible();
  await page.getByRole('button', { name: '미리보기', exact: true }).click();
  await expect(previewFrame(page).getByRole('figure', { name: caption.slice(0, 20) })).toBeVisible();
});

test('at 200 % zoom (a 1440 × 900 screen shows 720 × 450 CSS px) nothing scrolls sideways and the editor works', async ({ page }) => {
  await page.setViewportSize({ width: 720, height: 450 });
  await openRoundup(page, demoRoundupId);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await expect(page.getByRole('toolbar', { name: '서식' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '브리프 목차' })).toBeVisible();
  await editorBody(page).locator('p').first().click();
  await page.keyboard.type(' 확대해도 쓸 수 있다.');
  await expect(editorBody(page).locator('p').first()).toContainText('확대해도 쓸 수 있다.');
  await page.getByRole('button', { name: '미리보기', exact: true }).click();
  await expect(previewFrame(page).locator('article')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath('zoom-200.png'), fullPage: false });
});

test('with reduced motion asked for, nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openRoundup(page, demoRoundupId);
  const longest = await page.evaluate(() => {
    let longestMs = 0;
    for (const element of document.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      for (const value of [...style.transitionDuration.split(','), ...style.animationDuration.split(',')]) {
        const seconds = Number.parseFloat(value);
        if (!Number.isNaN(seconds)) longestMs = Math.max(longestMs, seconds * 1000);
      }
    }
    return { longestMs, scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior };
  });
  expect(longest.longestMs).toBeLessThanOrEqual(1);
  expect(longest.scrollBehavior).toBe('auto');
});

test('landmarks, and a skip link that is the first stop and takes the keyboard to the main content', async ({ page }) => {
  await openRoundup(page, demoRoundupId);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: '브리프 목차' })).toBeVisible();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '본문으로 건너뛰기' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('every control reached by Tab shows where the focus is', async ({ page }) => {
  await openRoundup(page, demoRoundupId);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const unmarked: string[] = [];
  for (let presses = 0; presses < 45; presses += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const active = document.activeElement;
      if (!(active instanceof HTMLElement) || active === document.body) return null;
      // The editor marks focus on its surround (the text area's frame), not on the text itself.
      const marked = active.classList.contains('ProseMirror') ? active.closest('.editor-surface') ?? active : active;
      const style = getComputedStyle(marked);
      const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
      const ringed = style.boxShadow !== 'none';
      const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 30) ?? active.tagName;
      return { name: `${active.tagName.toLowerCase()} "${name}"`, visible: outlined || ringed };
    });
    if (focus !== null && !focus.visible) unmarked.push(focus.name);
  }
  expect(unmarked).toEqual([]);
});
