import type { IDBPDatabase } from 'idb';
import { z } from 'zod/mini';
import { photoFileNameSchema } from '../contract/photo-endpoints';
import type { PhotoStorage } from '../services/photo-storage';
import { storedPhotoMetadataSchema, type PhotoFileName } from '../services/stored-photo';
import type { MockDatabase } from './mock-database';

const photoFileRecordSchema = z.object({ photoId: z.string(), name: photoFileNameSchema, bytes: z.instanceof(ArrayBuffer) });

/** Photo metadata in `photos`, each file in `photoFiles`; an insert writes all of them in one transaction. */
export function createIndexedDbPhotoStorage(database: IDBPDatabase<MockDatabase>): PhotoStorage {
  return {
    async insert(photo) {
      const { files, ...metadata } = photo;
      const names: PhotoFileName[] = ['original', ...metadata.variants.map((variant) => variant.name)];
      const records = names.map((name) => {
        const bytes = files[name];
        if (bytes === undefined) throw new Error(`photo "${photo.id}" lists a file "${name}" it does not carry`);
        return { photoId: photo.id, name, bytes: bytes.slice().buffer };
      });
      const transaction = database.transaction(['photos', 'photoFiles'], 'readwrite');
      const photos = transaction.objectStore('photos');
      if ((await photos.getKey(photo.id)) !== undefined) {
        await transaction.done;
        return false;
      }
      const fileStore = transaction.objectStore('photoFiles');
      await Promise.all([photos.add(metadata), ...records.map((record) => fileStore.put(record)), transaction.done]);
      return true;
    },

    async getMetadata(id) {
      const row = await database.get('photos', id);
      return row === undefined ? null : storedPhotoMetadataSchema.parse(row);
    },

    async getFile(id, name) {
      const row = await database.get('photoFiles', [id, name]);
      return row === undefined ? null : new Uint8Array(photoFileRecordSchema.parse(row).bytes);
    },
  };
}
