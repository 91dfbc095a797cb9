import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defineStorageContract } from '../../tests/contract/storage-contract';
import { openIndexedDbStorage } from './indexeddb-storage';

let databases = 0;
const freshName = () => `bureau-storage-test-${(databases += 1)}`;

defineStorageContract('IndexedDB', async () => {
  const storage = await openIndexedDbStorage({ databaseName: freshName() });
  return { roundups: storage.roundups, photos: storage.photos, close: async () => storage.close() };
});

describe('IndexedDB storage', () => {
  it('keeps data across connections and clears every store at once', async () => {
    const databaseName = freshName();
    const first = await openIndexedDbStorage({ databaseName });
    await first.markers.put('demo-seeded-at', '2026-03-02T09:00:00.000Z');
    await first.roundups.insert({
      id: 'r-1',
      meta: { headline: 'kept' },
      body: { type: 'doc', content: [] },
      status: 'draft',
      version: 1,
      schemaVersion: 1,
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
    });
    first.close();

    const second = await openIndexedDbStorage({ databaseName });
    expect((await second.roundups.get('r-1'))?.meta.headline).toBe('kept');
    expect(await second.markers.get('demo-seeded-at')).toBe('2026-03-02T09:00:00.000Z');
    await second.clear();
    expect(await second.roundups.list({})).toEqual([]);
    expect(await second.markers.get('demo-seeded-at')).toBeNull();
    second.close();
  });

  it('lets a save in another tab win the compare-and-set against this one', async () => {
    const databaseName = freshName();
    const tabA = await openIndexedDbStorage({ databaseName });
    const tabB = await openIndexedDbStorage({ databaseName });
    const base = {
      id: 'r-1',
      meta: {},
      body: { type: 'doc', content: [] },
      status: 'draft' as const,
      schemaVersion: 1,
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
    };
    await tabA.roundups.insert({ ...base, version: 1 });
    const results = await Promise.all([
      tabA.roundups.update({ ...base, version: 2, meta: { headline: 'A' } }, 1),
      tabB.roundups.update({ ...base, version: 2, meta: { headline: 'B' } }, 1),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    tabA.close();
    tabB.close();
  });
});
