import type { PhotoStorage } from './photo-storage';
import type { PhotoFileName, StoredPhotoMetadata } from './stored-photo';

interface MemoryPhoto {
  metadata: StoredPhotoMetadata;
  files: Map<PhotoFileName, Uint8Array>;
}

/** Photos over a plain map, copied in and out so no caller can change what is stored. */
export function createMemoryPhotoStorage(): PhotoStorage {
  const photos = new Map<string, MemoryPhoto>();

  return {
    async insert(photo) {
      if (photos.has(photo.id)) return false;
      const { files, ...metadata } = photo;
      const copies = new Map<PhotoFileName, Uint8Array>();
      for (const name of ['original', ...metadata.variants.map((variant) => variant.name)] as const) {
        // `slice`, not `structuredClone`: a view (a Node Buffer, say) would drag its whole backing buffer along.
        const bytes = files[name];
        if (bytes === undefined) throw new Error(`photo "${photo.id}" lists a file "${name}" it does not carry`);
        copies.set(name, bytes.slice());
      }
      photos.set(photo.id, { metadata: structuredClone(metadata), files: copies });
      return true;
    },
    async getMetadata(id) {
      const photo = photos.get(id);
      return photo === undefined ? null : structuredClone(photo.metadata);
    },
    async getFile(id, name) {
      return photos.get(id)?.files.get(name)?.slice() ?? null;
    },
  };
}
