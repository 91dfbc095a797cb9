import { z } from 'zod';
import { photoIdPattern } from '../schema/nodes/figure';
import { photoMediaTypeSchema } from '../contract/photo-endpoints';

/** Web sizes made from every upload (by width). The mock keeps only the original. */
export const photoVariantNames = ['w480', 'w960', 'w1600'] as const;
export const photoVariantNameSchema = z.enum(photoVariantNames);
export type PhotoVariantName = z.infer<typeof photoVariantNameSchema>;

/** A stored file of a photo: the cleaned original or one web size. */
export type PhotoFileName = 'original' | PhotoVariantName;

export const storedPhotoVariantSchema = z.object({
  name: photoVariantNameSchema,
  mediaType: photoMediaTypeSchema,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  byteSize: z.number().int().positive(),
  /** SHA-256 (hex) of the file's bytes: its ETag, and part of its URL so caches can keep it forever. */
  contentHash: z.string(),
});
export type StoredPhotoVariant = z.infer<typeof storedPhotoVariantSchema>;

/** The facts about a stored photo, without its bytes. */
export const storedPhotoMetadataSchema = z.object({
  id: z.string().regex(photoIdPattern),
  mediaType: photoMediaTypeSchema,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  byteSize: z.number().int().positive(),
  contentHash: z.string(),
  variants: z.array(storedPhotoVariantSchema).default([]),
  createdAt: z.string(),
});
export type StoredPhotoMetadata = z.infer<typeof storedPhotoMetadataSchema>;

export interface StoredPhoto extends StoredPhotoMetadata {
  /** The original (as cleaned by the processor) and every variant listed in `variants`. */
  files: { original: Uint8Array } & Partial<Record<PhotoVariantName, Uint8Array>>;
}
