import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { z } from 'zod/mini';
import { photoMediaTypeSchema } from '../contract/photo-endpoints';
import { sha256Hex } from '../services/sha256';
import type { StoredPhotoMetadata } from '../services/stored-photo';
import type { MockDatabase } from './mock-database';

/** A photo as version 1 stored it: metadata and the bytes in one record. */
const version1PhotoSchema = z.object({
  id: z.string(),
  mediaType: photoMediaTypeSchema,
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  byteSize: z.int().check(z.positive()),
  createdAt: z.string(),
  bytes: z.instanceof(ArrayBuffer),
});

/**
 * Moves every version-1 photo to the version-2 layout: metadata with a content hash in `photos`, the bytes as the
 * `original` in `photoFiles`. Runs inside the upgrade transaction, so it may only wait for IndexedDB requests
 * (hence the synchronous SHA-256); a failure aborts the upgrade and leaves version 1 as it was.
 */
async function movePhotoBytesToFiles(
  transaction: IDBPTransaction<MockDatabase, StoreNames<MockDatabase>[], 'versionchange'>,
): Promise<void> {
  const files = transaction.objectStore('photoFiles');
  let cursor = await transaction.objectStore('photos').openCursor();
  while (cursor !== null) {
    const legacy = version1PhotoSchema.safeParse(cursor.value);
    // A row that is not a version-1 photo was not written by any build; it is left for the reader to refuse.
    if (legacy.success) {
      const { bytes, ...rest } = legacy.data;
      const metadata: StoredPhotoMetadata = { ...rest, contentHash: sha256Hex(new Uint8Array(bytes)), variants: [] };
      await files.put({ photoId: metadata.id, name: 'original', bytes });
      await cursor.update(metadata);
    }
    cursor = await cursor.continue();
  }
}

/** Brings the database from `oldVersion` (0 when new) to `mockDatabaseVersion`. */
export function upgradeMockDatabase(
  database: IDBPDatabase<MockDatabase>,
  oldVersion: number,
  transaction: IDBPTransaction<MockDatabase, StoreNames<MockDatabase>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    database.createObjectStore('roundups', { keyPath: 'id' });
    database.createObjectStore('idempotency', { keyPath: 'key' });
    database.createObjectStore('photos', { keyPath: 'id' });
    database.createObjectStore('markers', { keyPath: 'name' });
  }
  if (oldVersion < 2) {
    database.createObjectStore('photoFiles', { keyPath: ['photoId', 'name'] });
    database.createObjectStore('users', { keyPath: 'id' }).createIndex('emailKey', 'emailKey', { unique: true });
    database.createObjectStore('sessions', { keyPath: 'tokenHash' }).createIndex('expiresAtMs', 'expiresAtMs');
    if (oldVersion >= 1) {
      movePhotoBytesToFiles(transaction).catch((error: unknown) => {
        console.error('[mock backend] could not move the stored photos to the version-2 layout', error);
        try {
          transaction.abort();
        } catch {
          // Already aborted by the request that failed.
        }
      });
    }
  }
  if (oldVersion < 3) {
    database.createObjectStore('events', { keyPath: ['roundupId', 'revision'] });
  }
  if (oldVersion < 4) {
    database.createObjectStore('locks', { keyPath: 'roundupId' });
  }
  if (oldVersion < 5) {
    database.createObjectStore('revisions', { keyPath: ['roundupId', 'version'] });
    database.createObjectStore('briefContents', { keyPath: ['roundupId', 'hash'] });
    database.createObjectStore('commentThreads', { keyPath: 'id' }).createIndex('roundupId', 'roundupId');
  }
  if (oldVersion < 6) {
    transaction.objectStore('sessions').createIndex('userId', 'userId');
  }
  if (oldVersion < 7) {
    database.createObjectStore('deletions', { autoIncrement: true });
  }
}
