import type { PhotoMediaType } from '../contract/photo-endpoints';
import type { PhotoVariantName } from './stored-photo';

export interface ProcessedPhotoFile {
  mediaType: PhotoMediaType;
  width: number;
  height: number;
  bytes: Uint8Array;
}

export type PhotoProcessing =
  | {
      ok: true;
      /** The original as it will be stored: decoded from the bytes, auto-oriented, metadata (EXIF, GPS) removed. */
      original: ProcessedPhotoFile;
      variants: Array<ProcessedPhotoFile & { name: PhotoVariantName }>;
    }
  | {
      ok: false;
      /** `unsupported_media_type` for anything that is not a JPEG, PNG, WebP or AVIF we can decode; `payload_too_large` for too many pixels. */
      code: 'unsupported_media_type' | 'payload_too_large';
      reason: string;
    };

/**
 * Turns uploaded bytes into what is stored. The server's processor decodes with sharp (real format from the bytes,
 * pixel cap, EXIF/GPS stripped, web sizes); the browser mock's only inspects the headers and keeps the bytes, since
 * the browser already re-encoded the photo before uploading it.
 */
export interface PhotoProcessor {
  process(bytes: Uint8Array): Promise<PhotoProcessing>;
}
