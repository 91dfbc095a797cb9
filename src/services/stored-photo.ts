import { z } from 'zod/mini';
import { photoIdPattern } from '../schema/nodes/figure';
import {
  photoMediaTypeSchema,
  photoVariantNameSchema,
  type PhotoFileName,
  type PhotoVariantName,
} from '../contract/photo-endpoints';

// The names are part of the API (`GET /api/photos/:id/:name`), so the contract owns them; storage re-exports them.
export { photoVariantNames, photoVariantNameSchema } from '../contract/photo-endpoints';
export type { PhotoFileName, PhotoVariantName };

export const storedPhotoVariantSchema = z.object({
  name: photoVariantNameSchema,
  mediaType: photoMediaTypeSchema,
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  byteSize: z.int().check(z.positive()),
  /** SHA-256 (hex) of the file's bytes: its ETag, and part of its URL so caches can keep it forever. */
  contentHash: z.string(),
});
export type StoredPhotoVariant = z.infer<typeof storedPhotoVariantSchema>;

/** The facts about a stored photo, without its bytes. */
export const storedPhotoMetadataSchema = z.object({
  id: z.string().check(z.regex(photoIdPattern)),
  mediaType: photoMediaTypeSchema,
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  byteSize: z.int().check(z.positive()),
  contentHash: z.string(),
  variants: z._default(z.array(storedPhotoVariantSchema), []),
  createdAt: z.string(),
});
export type StoredPhotoMetadata = z.infer<typeof storedPhotoMetadataSchema>;

export interface StoredPhoto extends StoredPhotoMetadata {
  /** The original (as cleaned by the processor) and every variant listed in `variants`. */
  files: { original: Uint8Array } & Partial<Record<PhotoVariantName, Uint8Array>>;
}
