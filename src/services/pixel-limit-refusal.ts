import type { PhotoProcessing } from './photo-processor';

function megapixels(pixels: number): string {
  const value = pixels / 1_000_000;
  return value >= 10 ? String(Math.round(value)) : String(Number(value.toPrecision(2)));
}

/**
 * The refusal of a photo with more pixels than `maxPixels`, judged from the size its header declares (before any
 * pixel is decoded: a few-kilobyte PNG can declare 30000×30000), or null when it is within the limit.
 */
export function pixelLimitRefusal(width: number, height: number, maxPixels: number): Extract<PhotoProcessing, { ok: false }> | null {
  const pixels = width * height;
  if (pixels <= maxPixels) return null;
  return {
    ok: false,
    code: 'payload_too_large',
    reason: `The photo has ${megapixels(pixels)} megapixels (${width}×${height}); the limit is ${megapixels(maxPixels)}. Resize it and upload again.`,
  };
}
