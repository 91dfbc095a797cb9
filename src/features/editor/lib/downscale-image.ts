import { UnreadableImageError } from './unreadable-image-error';

export interface DownscaledImage {
  blob: Blob;
  width: number;
  height: number;
}

/** Photos are stored at most this wide; newsroom layouts never show them larger. */
export const maxPhotoWidth = 1600;

/**
 * Scales a photo down in the browser before upload (a 12-megapixel phone photo becomes ~300 kB) and re-encodes it,
 * which also drops EXIF data such as GPS position. Orientation from EXIF is applied first.
 */
export async function downscaleImage(file: File, maxWidth = maxPhotoWidth): Promise<DownscaledImage> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new UnreadableImageError(file.name);
  }
  const scale = Math.min(1, maxWidth / bitmap.width);
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (context === null) throw new UnreadableImageError(file.name);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.86));
  if (blob === null) throw new UnreadableImageError(file.name);
  return { blob, width, height };
}
