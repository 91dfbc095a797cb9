import { describe, expect, it } from 'vitest';
import { imageFixtures } from '../../tests/contract/image-fixtures';
import { createInspectingPhotoProcessor } from './inspecting-photo-processor';

describe('inspecting photo processor (browser mock)', () => {
  it('keeps the bytes as sent, with the display size from the header and no web sizes', async () => {
    const bytes = imageFixtures.jpeg(24, 16, { orientation: 6 });
    const processed = await createInspectingPhotoProcessor().process(bytes);
    expect(processed).toEqual({ ok: true, original: { mediaType: 'image/jpeg', width: 16, height: 24, bytes }, variants: [] });
    if (processed.ok) expect(processed.original.bytes).not.toBe(bytes);
  });

  it('refuses what is not an accepted image with the reason from the header check', async () => {
    expect(await createInspectingPhotoProcessor().process(imageFixtures.gif())).toEqual({
      ok: false,
      code: 'unsupported_media_type',
      reason: expect.stringMatching(/GIF images are not accepted/),
    });
  });

  it('refuses more pixels than the limit as payload_too_large', async () => {
    const processor = createInspectingPhotoProcessor({ maxPixels: 2_000_000 });
    expect((await processor.process(imageFixtures.pngDeclaring(2000, 1000))).ok).toBe(true);
    expect(await processor.process(imageFixtures.pngDeclaring(2000, 1100))).toEqual({
      ok: false,
      code: 'payload_too_large',
      reason: 'The photo has 2.2 megapixels (2000×1100); the limit is 2. Resize it and upload again.',
    });
  });
});
