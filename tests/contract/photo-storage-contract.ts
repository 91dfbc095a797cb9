import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PhotoStorage } from '../../src/services/photo-storage';
import type { StoredPhoto } from '../../src/services/stored-photo';
import { storedPhotoFromProcessing } from '../../src/services/stored-photo-from-processing';
import { webCryptoSha256Hex } from '../../src/services/web-crypto-sha256-hex';
import { imageFixtures } from './image-fixtures';

export interface OpenedPhotoStorage {
  photos: PhotoStorage;
  close(): Promise<void>;
}

const createdAt = '2026-03-02T09:00:00.000Z';

/** A photo as the server stores it: a cleaned original and two web sizes, each a real image of its own size. */
function photoWithVariants(id: string): Promise<StoredPhoto> {
  return storedPhotoFromProcessing(
    id,
    {
      ok: true,
      original: { mediaType: 'image/png', width: 12, height: 8, bytes: imageFixtures.png(12, 8, [200, 40, 40]) },
      variants: [
        { name: 'w960', mediaType: 'image/webp', width: 6, height: 4, bytes: imageFixtures.webpLossless(6, 4) },
        { name: 'w480', mediaType: 'image/jpeg', width: 3, height: 2, bytes: imageFixtures.jpeg(3, 2) },
      ],
    },
    createdAt,
    webCryptoSha256Hex,
  );
}

/** Every byte value, zeros and 0xff runs included, over `length` bytes: what a text-minded layer would mangle. */
function everyByteValue(length: number): Uint8Array<ArrayBuffer> {
  return Uint8Array.from({ length }, (_, index) => (index % 3 === 0 ? 0 : (index * 131 + (index >> 8)) & 0xff));
}

/** Where two byte arrays first differ (-1 when equal): `toEqual` walks a megabyte element by element for seconds. */
function firstDifference(left: Uint8Array, right: Uint8Array): number {
  const length = Math.max(left.byteLength, right.byteLength);
  for (let index = 0; index < length; index += 1) if (left[index] !== right[index]) return index;
  return -1;
}

function withoutFiles(photo: StoredPhoto): Omit<StoredPhoto, 'files'> {
  const { files: _files, ...metadata } = photo;
  return metadata;
}

/**
 * What every `PhotoStorage` adapter must do: the memory reference, IndexedDB, local disk and the database (SQLite,
 * PostgreSQL). Photos are immutable, so there is no update: the first insert under an id is the photo for good.
 */
export function definePhotoStorageContract(adapterName: string, open: () => Promise<OpenedPhotoStorage>): void {
  describe(`photo storage contract: ${adapterName}`, () => {
    let storage: OpenedPhotoStorage;

    beforeEach(async () => {
      storage = await open();
    });

    afterEach(async () => {
      await storage.close();
    });

    it('stores a photo with its files: the metadata and every file come back byte for byte', async () => {
      const photo = await photoWithVariants('p-1');
      expect(await storage.photos.insert(photo)).toBe(true);
      expect(await storage.photos.getMetadata('p-1')).toEqual(withoutFiles(photo));
      expect(await storage.photos.getFile('p-1', 'original')).toEqual(photo.files.original);
      expect(await storage.photos.getFile('p-1', 'w480')).toEqual(photo.files.w480);
      expect(await storage.photos.getFile('p-1', 'w960')).toEqual(photo.files.w960);
    });

    it('answers null for a photo or a file that does not exist', async () => {
      await storage.photos.insert(await photoWithVariants('p-1'));
      expect(await storage.photos.getFile('p-1', 'w1600')).toBeNull();
      expect(await storage.photos.getMetadata('p-unknown')).toBeNull();
      expect(await storage.photos.getFile('p-unknown', 'original')).toBeNull();
    });

    it('keeps a photo without web sizes (the browser mock makes none)', async () => {
      const bytes = imageFixtures.png(3, 2);
      const photo: StoredPhoto = {
        id: 'p-plain',
        mediaType: 'image/png',
        width: 3,
        height: 2,
        byteSize: bytes.byteLength,
        contentHash: 'c'.repeat(64),
        variants: [],
        createdAt,
        files: { original: bytes },
      };
      expect(await storage.photos.insert(photo)).toBe(true);
      expect(await storage.photos.getMetadata('p-plain')).toEqual(withoutFiles(photo));
      expect(await storage.photos.getFile('p-plain', 'original')).toEqual(bytes);
      expect(await storage.photos.getFile('p-plain', 'w480')).toBeNull();
    });

    it('refuses a second photo under the same id and keeps the first one whole', async () => {
      const first = await photoWithVariants('p-1');
      await storage.photos.insert(first);
      const impostorBytes = imageFixtures.png(5, 5);
      const impostor: StoredPhoto = {
        ...withoutFiles(first),
        width: 5,
        height: 5,
        byteSize: impostorBytes.byteLength,
        variants: [],
        files: { original: impostorBytes },
      };
      expect(await storage.photos.insert(impostor)).toBe(false);
      expect(await storage.photos.getMetadata('p-1')).toEqual(withoutFiles(first));
      expect(await storage.photos.getFile('p-1', 'original')).toEqual(first.files.original);
      expect(await storage.photos.getFile('p-1', 'w480')).toEqual(first.files.w480);
    });

    it('round-trips a megabyte of every byte value exactly', async () => {
      const bytes = everyByteValue(1024 * 1024 + 7);
      const photo: StoredPhoto = {
        id: 'p-big',
        mediaType: 'image/jpeg',
        width: 4000,
        height: 3000,
        byteSize: bytes.byteLength,
        contentHash: 'b'.repeat(64),
        variants: [],
        createdAt,
        files: { original: bytes },
      };
      await storage.photos.insert(photo);
      const read = await storage.photos.getFile('p-big', 'original');
      expect(read).toBeInstanceOf(Uint8Array);
      expect(read!.byteLength).toBe(bytes.byteLength);
      expect(firstDifference(read!, bytes)).toBe(-1);
    });

    it('copies bytes in and out: no caller can change what is stored', async () => {
      const photo = await photoWithVariants('p-1');
      const original = photo.files.original.slice();
      await storage.photos.insert(photo);
      photo.files.original[0] = 0;
      const read = await storage.photos.getFile('p-1', 'original');
      read![1] = 0;
      expect(await storage.photos.getFile('p-1', 'original')).toEqual(original);
    });

    it('stores a file given as a view into a larger buffer as just that view', async () => {
      const backing = everyByteValue(4096);
      const view = backing.subarray(100, 300);
      const photo: StoredPhoto = {
        id: 'p-view',
        mediaType: 'image/png',
        width: 1,
        height: 1,
        byteSize: view.byteLength,
        contentHash: 'd'.repeat(64),
        variants: [],
        createdAt,
        files: { original: view },
      };
      await storage.photos.insert(photo);
      expect(await storage.photos.getFile('p-view', 'original')).toEqual(backing.slice(100, 300));
    });
  });
}
