import { mkdtemp, readdir, readFile, rm, stat, utimes, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { definePhotoStorageContract } from '../../../tests/contract/photo-storage-contract';
import { imageFixtures } from '../../../tests/contract/image-fixtures';
import type { StoredPhoto } from '../../services/stored-photo';
import { openDiskPhotoStorage } from './disk-photo-storage';

const directories: string[] = [];

async function freshDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'bureau-photos-'));
  directories.push(directory);
  return directory;
}

afterEach(async () => {
  await Promise.all(directories.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
});

definePhotoStorageContract('local disk', async () => ({
  photos: await openDiskPhotoStorage({ directory: await freshDirectory() }),
  close: async () => undefined,
}));

function photo(id: string, bytes = imageFixtures.png(3, 2)): StoredPhoto {
  return {
    id,
    mediaType: 'image/png',
    width: 3,
    height: 2,
    byteSize: bytes.byteLength,
    contentHash: 'a'.repeat(64),
    variants: [{ name: 'w480', mediaType: 'image/webp', width: 3, height: 2, byteSize: 2, contentHash: 'b'.repeat(64) }],
    createdAt: '2026-03-02T09:00:00.000Z',
    files: { original: bytes, w480: Uint8Array.from([1, 2]) },
  };
}

describe('local-disk photo storage', () => {
  it('lays a photo out as <dir>/<id[0..1]>/<id>/{original, w480, metadata.json}, leaving nothing in .incoming', async () => {
    const directory = await freshDirectory();
    const storage = await openDiskPhotoStorage({ directory });
    const stored = photo('ab12-photo');
    await storage.insert(stored);
    const folder = join(directory, 'ab', 'ab12-photo');
    expect((await readdir(folder)).sort()).toEqual(['metadata.json', 'original', 'w480']);
    expect(new Uint8Array(await readFile(join(folder, 'original')))).toEqual(stored.files.original);
    expect(JSON.parse(await readFile(join(folder, 'metadata.json'), 'utf8'))).toMatchObject({ id: 'ab12-photo', contentHash: 'a'.repeat(64) });
    expect(await readdir(join(directory, '.incoming'))).toEqual([]);
  });

  it('lets exactly one of many concurrent inserts under one id win, and keeps the winner whole', async () => {
    const storage = await openDiskPhotoStorage({ directory: await freshDirectory() });
    const attempts = Array.from({ length: 8 }, (_, index) => photo('p-race', imageFixtures.png(index + 1, 1)));
    const results = await Promise.all(attempts.map((attempt) => storage.insert(attempt)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = attempts[results.indexOf(true)]!;
    expect(await storage.getFile('p-race', 'original')).toEqual(winner.files.original);
    expect((await storage.getMetadata('p-race'))?.byteSize).toBe(winner.byteSize);
  });

  it('never turns an id or a file name into a path outside its folder', async () => {
    const directory = await freshDirectory();
    await writeFile(join(directory, 'secret'), 'do not serve');
    const storage = await openDiskPhotoStorage({ directory });
    await expect(storage.insert(photo('../escape'))).rejects.toThrow(/malformed/);
    expect(await storage.getMetadata('..')).toBeNull();
    expect(await storage.getFile('../secret', 'original')).toBeNull();
    await storage.insert(photo('p-1'));
    // A name outside the port's type, as a careless caller might pass from a URL.
    expect(await storage.getFile('p-1', '../../secret' as 'original')).toBeNull();
    expect(await storage.getFile('p-1', 'metadata.json' as 'original')).toBeNull();
  });

  it('refuses a photo that lists a web size it does not carry, writing nothing', async () => {
    const directory = await freshDirectory();
    const storage = await openDiskPhotoStorage({ directory });
    const incomplete: StoredPhoto = { ...photo('p-1'), files: { original: imageFixtures.png(3, 2) } };
    await expect(storage.insert(incomplete)).rejects.toThrow(/lists a file "w480"/);
    expect(await storage.getMetadata('p-1')).toBeNull();
  });

  it('sweeps leftovers of uploads a crash cut short, but not ones still in progress', async () => {
    const directory = await freshDirectory();
    const abandoned = join(directory, '.incoming', 'p-old.1234');
    const recent = join(directory, '.incoming', 'p-new.5678');
    await mkdir(abandoned, { recursive: true });
    await mkdir(recent, { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(abandoned, twoHoursAgo, twoHoursAgo);
    await openDiskPhotoStorage({ directory });
    await expect(stat(abandoned)).rejects.toThrow();
    expect((await stat(recent)).isDirectory()).toBe(true);
  });
});
