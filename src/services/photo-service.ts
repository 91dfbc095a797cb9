import { maxPhotoBytes, photoSchema, type Photo, type PhotoFileName, type PhotoMediaType } from '../contract/photo-endpoints';
import { apiRoutes } from '../contract/routes';
import { photoIdPattern } from '../schema/nodes/figure';
import type { Actor } from './actor';
import { assertAllowed } from './permissions';
import type { PhotoProcessor } from './photo-processor';
import type { PhotoStorage } from './photo-storage';
import { internalError, notFound, payloadTooLarge, ServiceError, unsupportedMediaType } from './service-error';
import type { StoredPhotoMetadata } from './stored-photo';
import { storedPhotoFromProcessing, type HashBytes } from './stored-photo-from-processing';
import { webCryptoSha256Hex } from './web-crypto-sha256-hex';

export interface PhotoServiceOptions {
  /** Decides what the bytes are and what is stored: sharp on the server, header inspection in the mock. */
  processor: PhotoProcessor;
  storage: PhotoStorage;
  clock: () => Date;
  /** Fresh photo ids: 1–64 characters of `A–Z a–z 0–9 _ -`. */
  generateId: () => string;
  /** Largest upload in bytes. Default: the contract's `maxPhotoBytes`. */
  maxBytes?: number;
  /**
   * SHA-256 (hex) of each stored file: its ETag and cache key. Default: Web Crypto, which browsers (the mock) have;
   * the server passes node:crypto.
   */
  hashBytes?: HashBytes;
}

/** One stored file of a photo, ready to be served. */
export interface PhotoFile {
  name: PhotoFileName;
  bytes: Uint8Array;
  mediaType: PhotoMediaType;
  /** SHA-256 (hex) of `bytes`: the ETag. */
  contentHash: string;
}

export interface PhotoService {
  /**
   * Stores an image after checking what it really is. The bytes decide the media type; `declaredType` (the
   * client's Content-Type) is only quoted back when the file is refused.
   */
  upload(actor: Actor, bytes: Uint8Array, declaredType?: string): Promise<Photo>;
  get(actor: Actor, id: string): Promise<Photo>;
  /** The original (`'original'`, what `GET /api/photos/:id` serves) or one web size. */
  getFile(actor: Actor, id: string, name: PhotoFileName): Promise<PhotoFile>;
}

function toPhoto(metadata: StoredPhotoMetadata): Photo {
  return photoSchema.parse({
    id: metadata.id,
    mediaType: metadata.mediaType,
    width: metadata.width,
    height: metadata.height,
    byteSize: metadata.byteSize,
    contentHash: metadata.contentHash,
    url: apiRoutes.photo(metadata.id),
    variants: metadata.variants.map((variant) => ({
      name: variant.name,
      width: variant.width,
      height: variant.height,
      mediaType: variant.mediaType,
      url: apiRoutes.photoFile(metadata.id, variant.name, variant.contentHash),
    })),
    createdAt: metadata.createdAt,
  });
}

/** The client's Content-Type as it may appear in a message: printable, and short. */
function quotable(declaredType: string | undefined): string | null {
  const cleaned = declaredType?.replace(/[^\x20-\x7e]/g, '').trim().slice(0, 100);
  return cleaned ? cleaned : null;
}

export function createPhotoService(options: PhotoServiceOptions): PhotoService {
  const { processor, storage, clock, generateId } = options;
  const maxBytes = options.maxBytes ?? maxPhotoBytes;
  const hashBytes = options.hashBytes ?? webCryptoSha256Hex;

  async function findMetadata(id: string): Promise<StoredPhotoMetadata> {
    const metadata = photoIdPattern.test(id) ? await storage.getMetadata(id) : null;
    if (metadata === null) throw notFound(id, 'photo');
    return metadata;
  }

  return {
    async upload(actor, bytes, declaredType) {
      assertAllowed(actor, 'uploadPhoto');
      if (bytes.byteLength > maxBytes) throw payloadTooLarge('the photo', maxBytes);
      const processed = await processor.process(bytes);
      if (!processed.ok) {
        if (processed.code === 'payload_too_large') throw new ServiceError('payload_too_large', processed.reason);
        const sentAs = quotable(declaredType);
        throw unsupportedMediaType(sentAs === null ? processed.reason : `${processed.reason} (sent as ${sentAs})`);
      }
      const photo = await storedPhotoFromProcessing(generateId(), processed, clock().toISOString(), hashBytes);
      if (!(await storage.insert(photo))) throw internalError(`generated photo id "${photo.id}" is already taken`);
      const { files: _files, ...metadata } = photo;
      return toPhoto(metadata);
    },

    async get(actor, id) {
      assertAllowed(actor, 'read');
      return toPhoto(await findMetadata(id));
    },

    async getFile(actor, id, name) {
      assertAllowed(actor, 'read');
      const metadata = await findMetadata(id);
      const described = name === 'original' ? metadata : metadata.variants.find((variant) => variant.name === name);
      const bytes = described === undefined ? null : await storage.getFile(id, name);
      if (described === undefined || bytes === null) throw new ServiceError('not_found', `photo "${id}" has no file "${name}"`);
      return { name, bytes, mediaType: described.mediaType, contentHash: described.contentHash };
    },
  };
}
