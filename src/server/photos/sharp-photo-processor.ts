import { availableParallelism } from 'node:os';
import sharp, { type Sharp, type SharpOptions } from 'sharp';
import { maxPhotoPixels, photoVariantNames, type PhotoMediaType, type PhotoVariantName } from '../../contract/photo-endpoints';
import { acceptedFormatsHint, damagedReason } from '../../services/image-format/image-inspection';
import { inspectImage } from '../../services/image-format/inspect-image';
import { pixelLimitRefusal } from '../../services/pixel-limit-refusal';
import type { PhotoProcessing, PhotoProcessor, ProcessedPhotoFile } from '../../services/photo-processor';
import { createConcurrencyLimit } from './concurrency-limit';

export interface SharpPhotoProcessorOptions {
  /** Largest width × height decoded, judged from the header first. Default: the contract's `maxPhotoPixels` (50 MP). */
  maxPixels?: number;
  /**
   * Photos processed at once; more wait their turn. Each photo already runs two pipelines side by side (the
   * original; the web sizes), so the default is one photo per two cores: a burst of uploads queues instead of
   * holding several 50-megapixel decodes in memory, and libuv keeps threads free for the disk and for scrypt.
   */
  concurrentPhotos?: number;
}

/** The formats accepted, as sharp's decoders name them (`heif` also decodes HEIC, which is refused below). */
const formatsByMediaType: Record<PhotoMediaType, { decoder: string; name: string }> = {
  'image/jpeg': { decoder: 'jpeg', name: 'JPEG' },
  'image/png': { decoder: 'png', name: 'PNG' },
  'image/webp': { decoder: 'webp', name: 'WebP' },
  'image/avif': { decoder: 'heif', name: 'AVIF' },
};

const variantWidths: Record<PhotoVariantName, number> = { w480: 480, w960: 960, w1600: 1600 };

/**
 * The web sizes worth making for a photo `width` pixels wide: every one not wider than the photo (never
 * upscaled), and at least the smallest, at the photo's own width when even that is too wide.
 */
function variantsFor(width: number): Array<{ name: PhotoVariantName; width: number }> {
  const fitting = photoVariantNames.filter((name) => variantWidths[name] <= width).map((name) => ({ name, width: variantWidths[name] }));
  return fitting.length > 0 ? fitting : [{ name: photoVariantNames[0], width }];
}

/** Re-encodes in the photo's own format at high quality. No `keep…`/`with…Metadata`: sharp then writes no EXIF,
 * XMP, IPTC or ICC, and converts embedded profiles to sRGB first. */
function encodeOriginal(image: Sharp, mediaType: PhotoMediaType): Sharp {
  switch (mediaType) {
    case 'image/jpeg':
      // mozjpeg would save ~10 % but takes 14 times as long on a 12-megapixel photo.
      return image.jpeg({ quality: 90 });
    case 'image/png':
      return image.png({ compressionLevel: 6 });
    case 'image/webp':
      return image.webp({ quality: 90, effort: 2 });
    case 'image/avif':
      // Effort 1 encodes a 12-megapixel photo in ~2 s on two cores; the default (4) takes ~45 s for no smaller file.
      return image.avif({ quality: 65, effort: 1 });
  }
}

async function toFile(image: Sharp, mediaType: PhotoMediaType): Promise<ProcessedPhotoFile> {
  const { data, info } = await image.toBuffer({ resolveWithObject: true });
  return { mediaType, width: info.width, height: info.height, bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

function refusal(code: 'unsupported_media_type' | 'payload_too_large', reason: string): PhotoProcessing {
  return { ok: false, code, reason };
}

/**
 * The server's processor. For each upload:
 * 1. the format and size come from the header (`inspectImage`, the same check as the mock): SVG, GIF, HEIC, text
 *    and cut-short files are refused, and so is a photo over the pixel limit, before a single pixel is decoded;
 * 2. sharp reads the header again and must agree on the format (AVIF must really be AV1, not HEVC);
 * 3. two pipelines run side by side: the original, auto-oriented and re-encoded without metadata (EXIF, GPS, XMP,
 *    ICC after conversion to sRGB); and the web sizes, decoded once at the widest size needed and encoded as WebP.
 * Decoding fails on any decoder warning (`failOn: 'warning'`, sharp's strictest level): at `'error'` libjpeg
 * still decodes a JPEG whose scan data is garbage ("bad Huffman code") or that was cut and closed with an EOI
 * marker, and a newsroom would rather ask for a re-export than publish grey blocks. The price: the rare camera
 * JPEG with harmless "extraneous bytes" is refused too (the editor re-encodes on a canvas, so its uploads are clean).
 *
 * Side effect: turns off libvips' operation cache for the process (every upload is new; it would only hold memory).
 */
export function createSharpPhotoProcessor(options: SharpPhotoProcessorOptions = {}): PhotoProcessor {
  const maxPixels = options.maxPixels ?? maxPhotoPixels;
  const limit = createConcurrencyLimit(options.concurrentPhotos ?? Math.max(1, Math.floor(availableParallelism() / 2)));
  sharp.cache(false);

  async function processPhoto(bytes: Uint8Array): Promise<PhotoProcessing> {
    const inspection = inspectImage(bytes);
    if (!inspection.ok) return refusal('unsupported_media_type', inspection.reason);
    const tooLarge = pixelLimitRefusal(inspection.width, inspection.height, maxPixels);
    if (tooLarge !== null) return tooLarge;

    const { mediaType } = inspection;
    const format = formatsByMediaType[mediaType];
    const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const inputOptions: SharpOptions = { failOn: 'warning', limitInputPixels: maxPixels, pages: 1 };
    const open = () => sharp(input, inputOptions).autoOrient();

    try {
      const metadata = await sharp(input, inputOptions).metadata();
      if (metadata.format !== format.decoder || (mediaType === 'image/avif' && metadata.compression !== 'av1')) {
        return refusal('unsupported_media_type', `The file starts like a ${format.name} image but does not decode as one. ${acceptedFormatsHint}`);
      }
      // The size as the decoder sees it, in case it disagrees with the header check (a second SOF, an AVIF grid).
      const decoderTooLarge = pixelLimitRefusal(metadata.width, metadata.height, maxPixels);
      if (decoderTooLarge !== null) return decoderTooLarge;
      const planned = variantsFor(metadata.autoOrient.width);
      const widest = Math.max(...planned.map((variant) => variant.width));

      const [original, variants] = await Promise.all([
        toFile(encodeOriginal(open(), mediaType), mediaType),
        (async () => {
          // Decode once at the widest web size; the narrower ones are resized from those pixels.
          const { data, info } = await open()
            .resize({ width: widest, withoutEnlargement: true })
            .raw({ depth: 'uchar' })
            .toBuffer({ resolveWithObject: true });
          const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
          const made: Array<ProcessedPhotoFile & { name: PhotoVariantName }> = [];
          for (const variant of planned) {
            const file = await toFile(sharp(data, raw).resize({ width: variant.width, withoutEnlargement: true }).webp({ quality: 80 }), 'image/webp');
            made.push({ ...file, name: variant.name });
          }
          return made;
        })(),
      ]);
      return { ok: true, original, variants };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/pixel limit/i.test(message)) return refusal('payload_too_large', `The photo has more pixels than the limit allows. Resize it and upload again.`);
      return refusal('unsupported_media_type', damagedReason(format.name));
    }
  }

  return { process: (bytes) => limit(() => processPhoto(bytes)) };
}
