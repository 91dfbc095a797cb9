import type { PhotoMediaType } from '../../contract/photo-endpoints';

/** What the bytes of an upload turned out to be: an accepted photo with its display size, or why it was refused. */
export type ImageInspection =
  | { ok: true; mediaType: PhotoMediaType; width: number; height: number }
  | { ok: false; reason: string };

export const acceptedFormatsHint = 'Upload a JPEG, PNG, WebP or AVIF image.';

export function refuse(reason: string): ImageInspection {
  return { ok: false, reason };
}

/** What a reporter is told about a file that starts like an image but cannot be read to its end. */
export function damagedReason(format: string): string {
  return `The ${format} file is cut short or damaged, so it cannot be used. Save or export it again and retry.`;
}

export function damaged(format: string): ImageInspection {
  return refuse(damagedReason(format));
}

export function accept(mediaType: PhotoMediaType, width: number, height: number): ImageInspection {
  if (!(width > 0 && height > 0)) return refuse(`The image declares no size (${width}×${height}); it is damaged.`);
  return { ok: true, mediaType, width, height };
}
