import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { photoFileNameSchema } from '../../contract/photo-endpoints';
import { photoIdPattern } from '../../schema/nodes/figure';
import type { PhotoStorage } from '../../services/photo-storage';
import { storedPhotoMetadataSchema, type PhotoFileName } from '../../services/stored-photo';

export interface DiskPhotoStorageOptions {
  /** Created when missing. Photos go to `<directory>/<first two characters of the id>/<id>/`. */
  directory: string;
}

const metadataFileName = 'metadata.json';
/** Work in progress, on the same file system as the photos so the final rename is atomic. */
const incomingDirectoryName = '.incoming';
/** An upload still unfinished after this long was cut short by a crash: its leftovers go at the next start. */
const abandonedAfterMs = 60 * 60 * 1000;

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

async function readIfPresent(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/** Writes a new file and flushes it to the disk before returning, so a rename after it never exposes a torn file. */
async function writeDurably(path: string, bytes: Uint8Array | string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a directory's entries (the rename into it), where the platform allows it. */
async function syncDirectory(path: string): Promise<void> {
  try {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a directory for syncing; the rename is still atomic there.
  }
}

async function removeAbandonedUploads(incoming: string, now: number): Promise<void> {
  for (const entry of await readdir(incoming)) {
    const path = join(incoming, entry);
    const { mtimeMs } = await stat(path);
    if (now - mtimeMs > abandonedAfterMs) await rm(path, { recursive: true, force: true });
  }
}

/**
 * Photos as files on local disk: `<directory>/<id[0..1]>/<id>/original`, one file per web size (`w480`, …) and
 * `metadata.json`. An insert writes everything into a fresh folder under `.incoming/`, flushes it, and renames the
 * folder into place in one step: readers see the whole photo or none of it, a crash leaves only `.incoming/`
 * leftovers (swept at the next start), and of two inserts under one id the rename lets exactly one win.
 */
export async function openDiskPhotoStorage(options: DiskPhotoStorageOptions): Promise<PhotoStorage> {
  const { directory } = options;
  const incoming = join(directory, incomingDirectoryName);
  await mkdir(incoming, { recursive: true });
  await removeAbandonedUploads(incoming, Date.now());

  const photoDirectory = (id: string) => join(directory, id.slice(0, 2), id);

  return {
    async insert(photo) {
      // Ids become paths: refuse anything the pattern does not allow (no dots, no slashes) before touching the disk.
      if (!photoIdPattern.test(photo.id)) throw new Error(`photo id "${photo.id}" is malformed`);
      const { files, ...metadata } = photo;
      const names: PhotoFileName[] = ['original', ...metadata.variants.map((variant) => variant.name)];
      const contents = names.map((name) => {
        const bytes = files[name];
        if (bytes === undefined) throw new Error(`photo "${photo.id}" lists a file "${name}" it does not carry`);
        return { name, bytes };
      });

      const target = photoDirectory(photo.id);
      if (await exists(target)) return false;
      const staging = join(incoming, `${photo.id}.${randomUUID()}`);
      await mkdir(staging);
      try {
        for (const { name, bytes } of contents) await writeDurably(join(staging, name), bytes);
        await writeDurably(join(staging, metadataFileName), JSON.stringify(metadata));
        await syncDirectory(staging);
        const shard = join(directory, photo.id.slice(0, 2));
        await mkdir(shard, { recursive: true });
        try {
          await rename(staging, target);
        } catch (error) {
          // Another insert under this id won the rename (EEXIST/ENOTEMPTY on POSIX, EPERM on Windows).
          if (await exists(target)) return false;
          throw error;
        }
        await syncDirectory(shard);
        return true;
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    },

    async getMetadata(id) {
      if (!photoIdPattern.test(id)) return null;
      const text = await readIfPresent(join(photoDirectory(id), metadataFileName));
      return text === null ? null : storedPhotoMetadataSchema.parse(JSON.parse(text.toString('utf8')));
    },

    async getFile(id, name) {
      if (!photoIdPattern.test(id) || !photoFileNameSchema.safeParse(name).success) return null;
      const bytes = await readIfPresent(join(photoDirectory(id), name));
      return bytes === null ? null : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
  };
}
