import { z } from 'zod/mini';
import { photoIdPattern } from '../schema/nodes/figure';

/** Largest photo upload the API accepts (the browser downscales before uploading). */
export const maxPhotoBytes = 20 * 1024 * 1024;

/** Largest photo, in pixels (width × height), the API decodes: judged from the header, before decoding. */
export const maxPhotoPixels = 50_000_000;

export const acceptedPhotoTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const;
export const photoMediaTypeSchema = z.enum(acceptedPhotoTypes);
export type PhotoMediaType = z.infer<typeof photoMediaTypeSchema>;

/** Web sizes made from every upload, named by their target width. The mock keeps only the original. */
export const photoVariantNames = ['w480', 'w960', 'w1600'] as const;
export const photoVariantNameSchema = z.enum(photoVariantNames);
export type PhotoVariantName = z.infer<typeof photoVariantNameSchema>;

/** Every file a photo can have: the cleaned original and its web sizes (`GET /api/photos/:id/:name`). */
export const photoFileNameSchema = z.enum(['original', ...photoVariantNames]);
export type PhotoFileName = z.infer<typeof photoFileNameSchema>;

export const photoVariantSchema = z.object({
  name: photoVariantNameSchema,
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  mediaType: photoMediaTypeSchema,
  /** Carries the file's content hash (`?v=`), so it may be cached forever. */
  url: z.string(),
});
export type PhotoVariant = z.infer<typeof photoVariantSchema>;

/** POST /api/photos (multipart/form-data, field `file`) → the stored photo. */
export const photoSchema = z.object({
  id: z.string().check(z.regex(photoIdPattern)),
  mediaType: photoMediaTypeSchema,
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  byteSize: z.int().check(z.positive()),
  /** SHA-256 (hex) of the stored original: its ETag. */
  contentHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** Where GET returns the original. Stored documents point here; an id always means the same bytes. */
  url: z.string(),
  /** Web sizes, narrowest first; empty when the backend makes none (the browser mock). */
  variants: z.array(photoVariantSchema),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Photo = z.infer<typeof photoSchema>;
