import type { PhotoProcessing } from './photo-processor';
import type { StoredPhoto, StoredPhotoVariant } from './stored-photo';

export type ProcessedPhoto = Extract<PhotoProcessing, { ok: true }>;

/** SHA-256 (hex) of a file's bytes; async, so that the server can hash natively and the browser with Web Crypto. */
export type HashBytes = (bytes: Uint8Array) => Promise<string>;

/**
 * What storage keeps of a processed upload: the files, and their sizes and content hashes (ETags and cache keys).
 * Variants are listed narrowest first; a name the processor produced twice keeps its first file.
 */
export async function storedPhotoFromProcessing(
  id: string,
  processed: ProcessedPhoto,
  createdAt: string,
  hashBytes: HashBytes,
): Promise<StoredPhoto> {
  const { original } = processed;
  const files: StoredPhoto['files'] = { original: original.bytes };
  const variants: StoredPhotoVariant[] = [];
  for (const variant of [...processed.variants].sort((left, right) => left.width - right.width)) {
    if (files[variant.name] !== undefined) continue;
    files[variant.name] = variant.bytes;
    variants.push({
      name: variant.name,
      mediaType: variant.mediaType,
      width: variant.width,
      height: variant.height,
      byteSize: variant.bytes.byteLength,
      contentHash: await hashBytes(variant.bytes),
    });
  }
  return {
    id,
    mediaType: original.mediaType,
    width: original.width,
    height: original.height,
    byteSize: original.bytes.byteLength,
    contentHash: await hashBytes(original.bytes),
    variants,
    createdAt,
    files,
  };
}
