import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { briefs, demoRoundupId, editorBody, expectBriefHeadings, expectSaved, openRoundup } from './support';

const photoPath = fileURLToPath(new URL('../../public/demo/demo-sleep-coaching.png', import.meta.url));

test.describe('drag', () => {
  // Both ends of the drag on screen at once: a synthetic drag cannot make the page auto-scroll as a hand would.
  test.use({ viewport: { width: 1440, height: 3400 } });

  test('a brief is moved by dragging its handle', async ({ page }) => {
    await openRoundup(page, demoRoundupId);
    await expectBriefHeadings(page, [
      '광산구, 사회적경제·일자리창출 대상',
      "광산구 '영유아 수면 코칭사업' 협약식 개최",
      '북부소방서, 퇴직 소방관 초청 간담회',
    ]);
    const handle = briefs(page).nth(2).locator('[data-drag-handle]');
    const target = briefs(page).nth(0).locator('h2');
    await handle.dragTo(target, { targetPosition: { x: 4, y: 2 } });
    await expectBriefHeadings(page, [
      '북부소방서, 퇴직 소방관 초청 간담회',
      '광산구, 사회적경제·일자리창출 대상',
      "광산구 '영유아 수면 코칭사업' 협약식 개최",
    ]);
    await expectSaved(page);
  });
});

test('a photo dropped on the editor is uploaded and inserted where it lands; a non-image is refused with a message', async ({ page }) => {
  await openRoundup(page, demoRoundupId);
  const target = editorBody(page).locator('p', { hasText: '광산구 장애인복지관은' });
  await expect(target).toBeVisible();
  const bytes = [...readFileSync(photoPath)];

  const drop = async (name: string, type: string, content: number[]) => {
    const transfer = await page.evaluateHandle(
      ({ name, type, content }) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(content)], name, { type }));
        return data;
      },
      { name, type, content },
    );
    const box = await target.boundingBox();
    if (box === null) throw new Error('no target');
    await target.dispatchEvent('drop', { dataTransfer: transfer, clientX: box.x + box.width / 2, clientY: box.y + box.height - 2 });
  };

  await drop('memo.txt', 'text/plain', [...Buffer.from('메모')]);
  await expect(page.getByRole('alert').filter({ hasText: '사진 파일(JPEG, PNG, WebP, AVIF)만 넣을 수 있습니다' })).toBeVisible();

  await drop('현장.png', 'image/png', bytes);
  const firstBrief = briefs(page).nth(0);
  await expect(firstBrief.locator('figure img')).toBeVisible();
  await expect(firstBrief.getByText('대체 텍스트 없음')).toBeVisible();
  // Visible is not loaded: the picture's bytes may still be on their way.
  const image = firstBrief.locator('figure img');
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
  expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeLessThanOrEqual(1600);
  await expectSaved(page);
});

test('a large pasted photo is downscaled in the browser before it is stored', async ({ page }) => {
  await openRoundup(page, demoRoundupId);
  const target = editorBody(page).locator('p', { hasText: '지난 2015년 6월 출범한' });
  await target.click();
  // A 3000×2000 photo, as a phone would produce, made in the page and pasted from the clipboard.
  await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 3000;
    canvas.height = 2000;
    const context = canvas.getContext('2d')!;
    const gradient = context.createLinearGradient(0, 0, 3000, 2000);
    gradient.addColorStop(0, '#1d3557');
    gradient.addColorStop(1, '#e9c46a');
    context.fillStyle = gradient;
    context.fillRect(0, 0, 3000, 2000);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((result) => resolve(result!), 'image/png'));
    const data = new DataTransfer();
    data.items.add(new File([blob], 'phone-photo.png', { type: 'image/png' }));
    const editor = document.querySelector('[contenteditable="true"]')!;
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  const image = briefs(page).nth(0).locator('figure img');
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => ({ width: element.naturalWidth, height: element.naturalHeight })))
    .toEqual({ width: 1600, height: 1067 });
  await expectSaved(page);
});
