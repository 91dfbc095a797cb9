import type pg from 'pg';
import { z } from 'zod';
import type { PhotoStorage } from '../../../services/photo-storage';
import { photoFilesToStore } from '../photo-files-to-store';
import { postgresRows } from './postgres-rows';
import { withTransaction } from './with-transaction';

type Row = Record<string, unknown>;

const fileRowSchema = z.object({ bytes: z.instanceof(Uint8Array) });

/**
 * `PhotoStorage` over PostgreSQL, so that every instance of a multi-instance deployment serves every photo: metadata
 * in `photos`, each file a bytea row of `photo_files`, written in one transaction.
 */
export function createPostgresPhotoStorage(pool: pg.Pool): PhotoStorage {
  return {
    async insert(photo) {
      return withTransaction(pool, async (client) => {
        const inserted = await client.query(
          `INSERT INTO photos (id, media_type, width, height, byte_size, content_hash, variants, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (id) DO NOTHING`,
          [
            photo.id,
            photo.mediaType,
            photo.width,
            photo.height,
            photo.byteSize,
            photo.contentHash,
            JSON.stringify(photo.variants),
            photo.createdAt,
          ],
        );
        if (inserted.rowCount !== 1) return false;
        for (const file of photoFilesToStore(photo)) {
          // A Buffer over the same memory (no copy), which the driver sends as bytea.
          const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
          await client.query('INSERT INTO photo_files (photo_id, name, bytes) VALUES ($1, $2, $3)', [photo.id, file.name, bytes]);
        }
        return true;
      });
    },
    async getMetadata(id) {
      const result = await pool.query<Row>(
        'SELECT id, media_type, width, height, byte_size, content_hash, variants, created_at FROM photos WHERE id = $1',
        [id],
      );
      const row = result.rows[0];
      if (row === undefined) return null;
      return postgresRows.toPhotoMetadata(row);
    },
    async getFile(id, name) {
      const result = await pool.query<Row>('SELECT bytes FROM photo_files WHERE photo_id = $1 AND name = $2', [id, name]);
      const row = result.rows[0];
      // A copy in a fresh ArrayBuffer: the driver's Buffer may be a view of a larger shared one.
      return row === undefined ? null : new Uint8Array(fileRowSchema.parse(row).bytes);
    },
  };
}
