import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageFixtures } from '../../../tests/contract/image-fixtures';
import { inspectImage } from '../../services/image-format/inspect-image';
import { createMemoryStorage } from '../../services/memory-storage';
import type { PhotoProcessing } from '../../services/photo-processor';
import { createPhotoService } from '../../services/photo-service';
import { createSharpPhotoProcessor } from './sharp-photo-processor';
import { readExifGpsTags } from './testing/read-exif-gps';
import { sharpFixtures } from './testing/sharp-fixtures';

const processor = createSharpPhotoProcessor();

type Processed = Extract<PhotoProcessing, { ok: true }>;

async function processed(bytes: Uint8Array): Promise<Processed> {
  const result = await processor.process(bytes);
  if (!result.ok) throw new Error(`expected the photo to be accepted, got ${result.code}: ${result.reason}`);
  return result;
}

async function refused(bytes: Uint8Array): Promise<Extract<PhotoProcessing, { ok: false }>> {
  const result = await processor.process(bytes);
  if (result.ok) throw new Error('expected the photo to be refused');
  return result;
}

function containsText(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));
}

/** A JPEG that still ends with EOI (so the header check passes) but whose scan data is noise without markers. */
async function jpegWithGarbageScan(): Promise<Uint8Array> {
  const bytes = Buffer.from(await sharpFixtures.jpeg(64, 64));
  const scanHeader = bytes.indexOf(Buffer.from([0xff, 0xda]));
  const scanStart = scanHeader + 2 + bytes.readUInt16BE(scanHeader + 2);
  for (let index = scanStart; index < bytes.length - 2; index += 1) bytes[index] = (index * 37) & 0x7f;
  return new Uint8Array(bytes);
}

describe('sharp photo processor: metadata', () => {
  it('removes EXIF (GPS, camera), XMP and the ICC profile from the original and every web size', async () => {
    const upload = await sharpFixtures.jpegWithLocation(2000, 1500);
    const before = await sharp(upload).metadata();
    expect(readExifGpsTags(before.exif!)).toEqual(expect.arrayContaining([1, 2, 3, 4]));
    expect(before.xmp).toBeDefined();
    expect(before.icc).toBeDefined();
    expect(containsText(upload, 'Bureau Camera')).toBe(true);

    const { original, variants } = await processed(upload);
    expect(variants).toHaveLength(3);
    for (const file of [original, ...variants]) {
      const after = await sharp(file.bytes).metadata();
      expect(after.exif).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.iptc).toBeUndefined();
      expect(after.icc).toBeUndefined();
      expect(containsText(file.bytes, 'Exif\0\0')).toBe(false);
      expect(containsText(file.bytes, 'Bureau Camera')).toBe(false);
    }
  });

  it('turns a photo by its EXIF orientation (6: width and height swap) and drops the tag', async () => {
    const upload = await sharpFixtures.jpegTurned(60, 40);
    expect(await sharp(upload).metadata()).toMatchObject({ orientation: 6, width: 60, height: 40 });
    const { original, variants } = await processed(upload);
    expect(original).toMatchObject({ mediaType: 'image/jpeg', width: 40, height: 60 });
    const after = await sharp(original.bytes).metadata();
    expect([after.width, after.height, after.orientation]).toEqual([40, 60, undefined]);
    expect(variants).toMatchObject([{ name: 'w480', width: 40, height: 60 }]);
  });

  it('converts a wide-gamut (Display P3) photo to sRGB rather than dropping its profile and shifting colours', async () => {
    const upload = await sharpFixtures.jpegDisplayP3(64, 64);
    const { original } = await processed(upload);
    expect((await sharp(original.bytes).metadata()).icc).toBeUndefined();
    const asIfSrgb = await sharp(upload, { ignoreIcc: true }).raw().toBuffer();
    const converted = await sharp(original.bytes).raw().toBuffer();
    let difference = 0;
    for (let index = 0; index < converted.length; index += 1) difference += Math.abs(converted[index]! - asIfSrgb[index]!);
    expect(difference / converted.length).toBeGreaterThan(2);
  });
});

describe('sharp photo processor: formats and sizes', () => {
  it.each([
    ['JPEG', () => sharpFixtures.jpeg(640, 480), 'image/jpeg', 'jpeg'],
    ['PNG', () => sharpFixtures.png(640, 480), 'image/png', 'png'],
    ['WebP', () => sharpFixtures.webp(640, 480), 'image/webp', 'webp'],
    ['AVIF', () => sharpFixtures.avif(640, 480), 'image/avif', 'heif'],
  ])('re-encodes a %s original in its own format', async (_name, upload, mediaType, decoder) => {
    const { original } = await processed(await upload());
    expect(original).toMatchObject({ mediaType, width: 640, height: 480 });
    expect((await sharp(original.bytes).metadata()).format).toBe(decoder);
  });

  it('makes WebP web sizes 480, 960 and 1600 wide, keeping the aspect ratio', async () => {
    const { original, variants } = await processed(await sharpFixtures.png(2000, 1000));
    expect(original).toMatchObject({ width: 2000, height: 1000 });
    expect(variants.map(({ name, mediaType, width, height }) => ({ name, mediaType, width, height }))).toEqual([
      { name: 'w480', mediaType: 'image/webp', width: 480, height: 240 },
      { name: 'w960', mediaType: 'image/webp', width: 960, height: 480 },
      { name: 'w1600', mediaType: 'image/webp', width: 1600, height: 800 },
    ]);
    for (const variant of variants) {
      const decoded = await sharp(variant.bytes).metadata();
      expect([decoded.format, decoded.width, decoded.height]).toEqual(['webp', variant.width, variant.height]);
    }
  });

  it('never upscales: a 1200-wide photo gets 480 and 960, a 300-wide one a single web size at its own width', async () => {
    expect((await processed(await sharpFixtures.jpeg(1200, 800))).variants.map(({ name, width }) => [name, width])).toEqual([
      ['w480', 480],
      ['w960', 960],
    ]);
    expect((await processed(await sharpFixtures.jpeg(300, 200))).variants.map(({ name, width, height }) => [name, width, height])).toEqual([
      ['w480', 300, 200],
    ]);
  });

  it('judges width after orientation: a turned 2000×1000 camera photo is 1000 wide', async () => {
    const { original, variants } = await processed(await sharpFixtures.jpegTurned(2000, 1000));
    expect(original).toMatchObject({ width: 1000, height: 2000 });
    expect(variants.map(({ name, width, height }) => [name, width, height])).toEqual([
      ['w480', 480, 960],
      ['w960', 960, 1920],
    ]);
  });

  it('stores a PNG declared as image/jpeg by its content: as a PNG', async () => {
    let ids = 0;
    const storage = createMemoryStorage().photos;
    const service = createPhotoService({ processor, storage, clock: () => new Date('2026-03-02T09:00:00.000Z'), generateId: () => `p-${(ids += 1)}` });
    const photo = await service.upload({ id: 'u-reporter', name: '신대희', role: 'reporter' }, await sharpFixtures.png(800, 600), 'image/jpeg');
    expect(photo).toMatchObject({ mediaType: 'image/png', width: 800, height: 600 });
    const stored = await storage.getFile(photo.id, 'original');
    expect(inspectImage(stored!)).toEqual({ ok: true, mediaType: 'image/png', width: 800, height: 600 });
    expect(photo.variants.map((variant) => variant.url)).toEqual([expect.stringMatching(/^\/api\/photos\/p-1\/w480\?v=[0-9a-f]{64}$/)]);
  });
});

describe('sharp photo processor: refusals', () => {
  it.each([
    ['an SVG', async () => imageFixtures.svg(), /SVG images are not accepted/],
    ['a GIF', async () => imageFixtures.gif(), /GIF images are not accepted/],
    ['a text file', async () => new TextEncoder().encode('광주소식 원고입니다.\n'), /not a JPEG, PNG, WebP or AVIF/],
    ['a HEIC photo', async () => imageFixtures.heic(), /HEIC/],
    ['a truncated JPEG', async () => (await sharpFixtures.jpeg(400, 300)).slice(0, 2000), /The JPEG file is cut short or damaged/],
    ['a truncated PNG', async () => (await sharpFixtures.png(400, 300)).slice(0, 3000), /The PNG file is cut short or damaged/],
    ['a JPEG whose scan data is noise', jpegWithGarbageScan, /The JPEG file is cut short or damaged/],
  ])('refuses %s as unsupported_media_type with a reason', async (_name, upload, reason) => {
    const refusal = await refused(await upload());
    expect(refusal.code).toBe('unsupported_media_type');
    expect(refusal.reason).toMatch(reason);
  });

  it('refuses a decompression bomb (a tiny PNG declaring 30000×30000) from its header, quickly and without the pixels', async () => {
    const bomb = imageFixtures.pngDeclaring(30_000, 30_000);
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    const memoryBefore = process.memoryUsage().rss;
    const started = performance.now();
    const refusal = await refused(bomb);
    const elapsedMs = performance.now() - started;
    expect(refusal).toEqual({
      ok: false,
      code: 'payload_too_large',
      reason: 'The photo has 900 megapixels (30000×30000); the limit is 50. Resize it and upload again.',
    });
    expect(elapsedMs).toBeLessThan(250);
    // Decoding would need 2.7 GB; the refusal needs next to nothing.
    expect(process.memoryUsage().rss - memoryBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('takes its pixel limit from the options', async () => {
    const strict = createSharpPhotoProcessor({ maxPixels: 100_000 });
    expect(await strict.process(await sharpFixtures.jpeg(400, 300))).toEqual({
      ok: false,
      code: 'payload_too_large',
      reason: 'The photo has 0.12 megapixels (400×300); the limit is 0.1. Resize it and upload again.',
    });
  });
});
