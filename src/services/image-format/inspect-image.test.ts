import { describe, expect, it } from 'vitest';
import { imageFixtures } from '../../../tests/contract/image-fixtures';
import { inspectImage } from './inspect-image';

describe('inspectImage: accepted formats and their display size', () => {
  it.each([
    ['PNG', imageFixtures.png(5, 3), 'image/png', 5, 3],
    ['a large PNG', imageFixtures.png(1200, 1), 'image/png', 1200, 1],
    ['baseline JPEG', imageFixtures.jpeg(17, 9), 'image/jpeg', 17, 9],
    ['JPEG turned by EXIF orientation 6', imageFixtures.jpeg(17, 9, { orientation: 6 }), 'image/jpeg', 9, 17],
    ['JPEG upside down (orientation 3)', imageFixtures.jpeg(17, 9, { orientation: 3 }), 'image/jpeg', 17, 9],
    ['lossless WebP (VP8L)', imageFixtures.webpLossless(5, 3), 'image/webp', 5, 3],
    ['extended WebP (VP8X)', imageFixtures.webpExtended(300, 200), 'image/webp', 300, 200],
    ['lossy WebP (VP8)', imageFixtures.webpLossy(), 'image/webp', 3, 2],
    ['AVIF', imageFixtures.avif(), 'image/avif', 3, 2],
    ['AVIF with a quarter-turn irot', imageFixtures.avifTurned(), 'image/avif', 2, 3],
  ])('reads %s', (_name, bytes, mediaType, width, height) => {
    expect(inspectImage(bytes)).toEqual({ ok: true, mediaType, width, height });
  });

  it('accepts bytes that are a view into a larger buffer', () => {
    const png = imageFixtures.png(4, 4);
    const padded = new Uint8Array(png.length + 20);
    padded.set(png, 10);
    expect(inspectImage(padded.subarray(10, 10 + png.length))).toMatchObject({ ok: true, width: 4, height: 4 });
  });
});

describe('inspectImage: refused files', () => {
  it.each([
    ['SVG', imageFixtures.svg(), /SVG images are not accepted/],
    ['bare SVG', new TextEncoder().encode('  <svg xmlns="http://www.w3.org/2000/svg"/>'), /SVG/],
    ['GIF', imageFixtures.gif(), /GIF images are not accepted/],
    ['HTML', imageFixtures.html(), /HTML page/],
    ['HEIC', imageFixtures.heic(), /HEIC/],
    ['an empty file', new Uint8Array(0), /empty/],
    ['plain text', new TextEncoder().encode('hello'), /not a JPEG, PNG, WebP or AVIF/],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n'), /not a JPEG, PNG, WebP or AVIF/],
  ])('refuses %s with a reason', (_name, bytes, reason) => {
    const inspection = inspectImage(bytes);
    expect(inspection.ok).toBe(false);
    if (!inspection.ok) {
      expect(inspection.reason).toMatch(reason);
      expect(inspection.reason).toMatch(/Upload a JPEG, PNG, WebP or AVIF image\./);
    }
  });

  it.each([
    ['PNG', imageFixtures.png(6, 4)],
    ['JPEG', imageFixtures.jpeg(24, 16, { orientation: 6 })],
    ['lossless WebP', imageFixtures.webpLossless(6, 4)],
    ['extended WebP', imageFixtures.webpExtended(6, 4)],
    ['lossy WebP', imageFixtures.webpLossy()],
    ['AVIF', imageFixtures.avif()],
  ])('refuses a %s cut short at any length', (name, bytes) => {
    const format = name.split(' ').at(-1)!;
    for (let keep = 12; keep < bytes.length; keep += 1) {
      const inspection = inspectImage(imageFixtures.truncate(bytes, keep));
      expect(inspection, `${name} cut to ${keep} of ${bytes.length} bytes`).toEqual({
        ok: false,
        reason: expect.stringContaining(`The ${format} file is cut short or damaged`),
      });
    }
  });

  it('refuses a PNG whose header claims no pixels', () => {
    const png = imageFixtures.png(1, 1);
    png.set([0, 0, 0, 0], 16);
    expect(inspectImage(png)).toEqual({ ok: false, reason: expect.stringContaining('declares no size') });
  });
});
