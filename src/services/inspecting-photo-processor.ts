import { maxPhotoPixels } from '../contract/photo-endpoints';
import { inspectImage } from './image-format/inspect-image';
import type { PhotoProcessor } from './photo-processor';
import { pixelLimitRefusal } from './pixel-limit-refusal';

export interface InspectingPhotoProcessorOptions {
  /** Largest width × height accepted. Default: the contract's `maxPhotoPixels`, as on the server. */
  maxPixels?: number;
}

/**
 * The browser mock's processor: decides the format and size from the headers (no decoding) and keeps the bytes as
 * sent, with no web sizes. The editor re-encodes photos on a canvas before uploading, which already drops EXIF and
 * GPS; the server's sharp processor does the real cleaning.
 */
export function createInspectingPhotoProcessor(options: InspectingPhotoProcessorOptions = {}): PhotoProcessor {
  const maxPixels = options.maxPixels ?? maxPhotoPixels;
  return {
    async process(bytes) {
      const inspection = inspectImage(bytes);
      if (!inspection.ok) return { ok: false, code: 'unsupported_media_type', reason: inspection.reason };
      const { mediaType, width, height } = inspection;
      const refusal = pixelLimitRefusal(width, height, maxPixels);
      if (refusal !== null) return refusal;
      return { ok: true, original: { mediaType, width, height, bytes: bytes.slice() }, variants: [] };
    },
  };
}
