import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { PhotoStorage } from '../../../services/photo-storage';
import type { PhotoFileName, StoredPhoto, StoredPhotoMetadata } from '../../../services/stored-photo';
import { photoFilesToStore } from '../photo-files-to-store';
import { sqliteRows } from './sqlite-rows';

const fileRowSchema = z.object({ bytes: z.instanceof(Uint8Array) });

type MetadataParameters = Omit<StoredPhotoMetadata, 'variants'> & { variants: string };

/** `PhotoStorage` over SQLite: metadata in `photos`, each file a BLOB row of `photo_files`, written together. */
export function createSqlitePhotoStorage(database: Database.Database): PhotoStorage {
  const insertMetadata = database.prepare<MetadataParameters>(`
    INSERT INTO photos (id, media_type, width, height, byte_size, content_hash, variants, created_at)
    VALUES (@id, @mediaType, @width, @height, @byteSize, @contentHash, @variants, @createdAt)
    ON CONFLICT (id) DO NOTHING`);
  const insertFile = database.prepare<[string, PhotoFileName, Uint8Array]>(
    'INSERT INTO photo_files (photo_id, name, bytes) VALUES (?, ?, ?)',
  );
  const getMetadata = database.prepare<[string]>(`
    SELECT id, media_type, width, height, byte_size, content_hash, variants, created_at FROM photos WHERE id = ?`);
  const getFile = database.prepare<[string, PhotoFileName]>('SELECT bytes FROM photo_files WHERE photo_id = ? AND name = ?');

  const insertPhoto = database.transaction((photo: StoredPhoto): boolean => {
    const metadata: MetadataParameters = {
      id: photo.id,
      mediaType: photo.mediaType,
      width: photo.width,
      height: photo.height,
      byteSize: photo.byteSize,
      contentHash: photo.contentHash,
      variants: JSON.stringify(photo.variants),
      createdAt: photo.createdAt,
    };
    if (insertMetadata.run(metadata).changes !== 1) return false;
    for (const file of photoFilesToStore(photo)) insertFile.run(photo.id, file.name, file.bytes);
    return true;
  });

  return {
    async insert(photo) {
      return insertPhoto.immediate(photo);
    },
    async getMetadata(id) {
      const row = getMetadata.get(id);
      if (row === undefined) return null;
      return sqliteRows.toPhotoMetadata(row);
    },
    async getFile(id, name) {
      const row = getFile.get(id, name);
      // A copy in a fresh ArrayBuffer: the driver's Buffer may be a view of a larger shared one.
      return row === undefined ? null : new Uint8Array(fileRowSchema.parse(row).bytes);
    },
  };
}
