import { z } from 'zod';
import { photoIdPattern } from '../schema/nodes/figure';

/** Largest photo upload the API accepts (the browser downscales before uploading). */
export const maxPhotoBytes = 20 * 1024 * 1024;

export const acceptedPhotoTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const;
export const photoMediaTypeSchema = z.enum(acceptedPhotoTypes);
export type PhotoMediaType = z.infer<typeof photoMediaTypeSchema>;

/** POST /api/photos (multipart/form-data, field `file`) → the stored photo. */
export const photoSchema = z.object({
  id: z.string().regex(photoIdPattern),
  mediaType: photoMediaTypeSchema,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  byteSize: z.number().int().positive(),
  /** Where GET returns the bytes. */
  url: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Photo = z.infer<typeof photoSchema>;
