import { z } from 'zod';
import { photoIdPattern } from '../schema/nodes/figure';
import { photoMediaTypeSchema } from '../contract/photo-endpoints';

/** The facts about a stored photo, without its bytes. */
export const storedPhotoMetadataSchema = z.object({
  id: z.string().regex(photoIdPattern),
  mediaType: photoMediaTypeSchema,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  byteSize: z.number().int().positive(),
  createdAt: z.string(),
});

export type StoredPhotoMetadata = z.infer<typeof storedPhotoMetadataSchema>;

export interface StoredPhoto extends StoredPhotoMetadata {
  bytes: Uint8Array;
}
