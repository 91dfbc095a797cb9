import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { gwangjuRoundupMetadata, gwangjuRoundupPhotoIds } from '../schema/demo/gwangju-roundup';
import { createPhotoService } from '../services/photo-service';
import { createRoundupService } from '../services/roundup-service';
import { openIndexedDbStorage } from './indexeddb-storage';
import { demoRoundupId, seedDemoData } from './seed-demo';

let databases = 0;
const clock = () => new Date('2026-03-02T09:00:00.000Z');

async function loadDemoPhoto(photoId: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(new URL(`../../public/demo/${photoId}.png`, import.meta.url)));
}

async function openFresh() {
  return openIndexedDbStorage({ databaseName: `bureau-seed-test-${(databases += 1)}` });
}

function servicesOver(storage: Awaited<ReturnType<typeof openFresh>>) {
  return {
    roundups: createRoundupService({ storage: storage.roundups, clock, generateId: () => 'unused' }),
    photos: createPhotoService({ storage: storage.photos, clock, generateId: () => 'unused', maxBytes: 1_000_000 }),
  };
}

describe('demo seed', () => {
  it('stores the model roundup and its two photos on first use', async () => {
    const storage = await openFresh();
    expect(await seedDemoData(storage, { clock, loadDemoPhoto })).toBe(true);
    const { roundups, photos } = servicesOver(storage);

    const roundup = await roundups.get(demoRoundupId);
    expect(roundup).toMatchObject({ status: 'draft', version: 1, meta: gwangjuRoundupMetadata });
    expect(roundup.meta.registeredAt).toBe('2017-12-06T17:35:58+09:00');
    expect(roundup.body.content).toHaveLength(3);
    const photoIds = JSON.stringify(roundup.body).match(/"photoId":"[^"]+"/g);
    expect(photoIds).toEqual(Object.values(gwangjuRoundupPhotoIds).map((id) => `"photoId":"${id}"`));

    for (const photoId of Object.values(gwangjuRoundupPhotoIds)) {
      const { photo, bytes } = await photos.get(photoId);
      expect(photo).toMatchObject({ id: photoId, mediaType: 'image/png', width: 960, height: 640 });
      expect(bytes.byteLength).toBeLessThan(150 * 1024);
    }
    expect((await roundups.list({})).items.map((item) => item.id)).toEqual([demoRoundupId]);
    storage.close();
  });

  it('does nothing the second time: edits and deletions survive a restart', async () => {
    const storage = await openFresh();
    await seedDemoData(storage, { clock, loadDemoPhoto });
    const { roundups } = servicesOver(storage);
    const demo = await roundups.get(demoRoundupId);
    const edited = await roundups.save(demoRoundupId, { baseVersion: 1, meta: { ...demo.meta, headline: '고친 제목' }, body: demo.body });

    expect(await seedDemoData(storage, { clock, loadDemoPhoto })).toBe(false);
    expect(await roundups.get(demoRoundupId)).toEqual(edited);

    await roundups.remove(demoRoundupId);
    expect(await seedDemoData(storage, { clock, loadDemoPhoto })).toBe(false);
    expect((await roundups.list({})).items).toEqual([]);
    storage.close();
  });

  it('ends with one copy when two tabs seed at the same time', async () => {
    const databaseName = `bureau-seed-test-${(databases += 1)}`;
    const tabA = await openIndexedDbStorage({ databaseName });
    const tabB = await openIndexedDbStorage({ databaseName });
    await Promise.all([seedDemoData(tabA, { clock, loadDemoPhoto }), seedDemoData(tabB, { clock, loadDemoPhoto })]);
    expect((await tabA.roundups.list({})).map((summary) => summary.id)).toEqual([demoRoundupId]);
    expect((await tabB.roundups.get(demoRoundupId))?.version).toBe(1);
    tabA.close();
    tabB.close();
  });

  it('leaves no half-seeded roundup when a photo cannot be loaded, and tries again next time', async () => {
    const storage = await openFresh();
    const failing = async () => {
      throw new Error('offline');
    };
    await expect(seedDemoData(storage, { clock, loadDemoPhoto: failing })).rejects.toThrow('offline');
    expect(await storage.roundups.get(demoRoundupId)).toBeNull();
    expect(await seedDemoData(storage, { clock, loadDemoPhoto })).toBe(true);
    expect(await storage.roundups.get(demoRoundupId)).not.toBeNull();
    storage.close();
  });

  it('seeds again after the database is cleared (reset demo data)', async () => {
    const storage = await openFresh();
    await seedDemoData(storage, { clock, loadDemoPhoto });
    await storage.roundups.delete(demoRoundupId);
    await storage.clear();
    expect(await seedDemoData(storage, { clock, loadDemoPhoto })).toBe(true);
    expect(await storage.roundups.get(demoRoundupId)).not.toBeNull();
    storage.close();
  });
});
