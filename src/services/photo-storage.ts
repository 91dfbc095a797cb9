import type { PhotoFileName, StoredPhoto, StoredPhotoMetadata } from './stored-photo';

/**
 * Where photo bytes and their metadata live: memory (tests), IndexedDB (mock), local disk or the database (server).
 * Photos are immutable: once stored, an id always means the same bytes.
 */
export interface PhotoStorage {
  /** Adds a photo with all its files at once; false (and nothing written) when the id is taken. */
  insert(photo: StoredPhoto): Promise<boolean>;
  getMetadata(id: string): Promise<StoredPhotoMetadata | null>;
  /** The bytes of one file; null when the photo or that file does not exist. */
  getFile(id: string, file: PhotoFileName): Promise<Uint8Array | null>;
}
