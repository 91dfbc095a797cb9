import { photoSchema, type Photo } from '../contract/photo-endpoints';
import { apiRoutes } from '../contract/routes';
import { photoIdPattern } from '../schema/nodes/figure';
import { inspectImage } from './image-format/inspect-image';
import type { PhotoStorage } from './photo-storage';
import { internalError, notFound, payloadTooLarge, unsupportedMediaType } from './service-error';
import type { StoredPhotoMetadata } from './stored-photo';

export interface PhotoServiceOptions {
  storage: PhotoStorage;
  clock: () => Date;
  /** Fresh photo ids: 1–64 characters of `A–Z a–z 0–9 _ -`. */
  generateId: () => string;
  maxBytes: number;
}

export interface PhotoContent {
  photo: Photo;
  bytes: Uint8Array;
}

export interface PhotoService {
  /**
   * Stores an image after checking what it really is. The bytes decide the media type; `declaredType` (the
   * client's Content-Type) is only quoted back when the file is refused.
   */
  upload(bytes: Uint8Array, declaredType?: string): Promise<Photo>;
  get(id: string): Promise<PhotoContent>;
}

function toPhoto(metadata: StoredPhotoMetadata): Photo {
  return photoSchema.parse({
    id: metadata.id,
    mediaType: metadata.mediaType,
    width: metadata.width,
    height: metadata.height,
    byteSize: metadata.byteSize,
    url: apiRoutes.photo(metadata.id),
    createdAt: metadata.createdAt,
  });
}

export function createPhotoService(options: PhotoServiceOptions): PhotoService {
  const { storage, clock, generateId, maxBytes } = options;

  return {
    async upload(bytes, declaredType) {
      if (bytes.byteLength > maxBytes) throw payloadTooLarge('the photo', maxBytes);
      const inspection = inspectImage(bytes);
      if (!inspection.ok) {
        const sentAs = declaredType ? ` (sent as ${declaredType})` : '';
        throw unsupportedMediaType(`${inspection.reason}${sentAs}`);
      }
      const metadata: StoredPhotoMetadata = {
        id: generateId(),
        mediaType: inspection.mediaType,
        width: inspection.width,
        height: inspection.height,
        byteSize: bytes.byteLength,
        createdAt: clock().toISOString(),
      };
      if (!(await storage.insert({ ...metadata, bytes }))) {
        throw internalError(`generated photo id "${metadata.id}" is already taken`);
      }
      return toPhoto(metadata);
    },

    async get(id) {
      const stored = photoIdPattern.test(id) ? await storage.get(id) : null;
      if (stored === null) throw notFound(id, 'photo');
      const { bytes, ...metadata } = stored;
      return { photo: toPhoto(metadata), bytes };
    },
  };
}
