import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { defineCommentStorageContract } from '../../tests/contract/comment-storage-contract';
import { imageFixtures } from '../../tests/contract/image-fixtures';
import { definePhotoStorageContract } from '../../tests/contract/photo-storage-contract';
import { defineStorageContract } from '../../tests/contract/storage-contract';
import { defineUserStorageContract } from '../../tests/contract/user-storage-contract';
import { openIndexedDbStorage } from './indexeddb-storage';
import { sampleBriefContent, sampleRevisionWrite } from '../../tests/contract/sample-revision';
import { sampleStoredRoundup } from '../../tests/contract/sample-stored-roundup';

let databases = 0;
const freshName = () => `bureau-storage-test-${(databases += 1)}`;

async function openFresh() {
  const storage = await openIndexedDbStorage({ databaseName: freshName() });
  return { ...storage, close: async () => storage.close() };
}

defineStorageContract('IndexedDB', openFresh);
definePhotoStorageContract('IndexedDB', openFresh);
defineUserStorageContract('IndexedDB', openFresh);
defineCommentStorageContract('IndexedDB', openFresh);

describe('IndexedDB storage', () => {
  it('keeps data across connections and clears every store at once', async () => {
    const databaseName = freshName();
    const first = await openIndexedDbStorage({ databaseName });
    await first.markers.put('demo-seeded-at', '2026-03-02T09:00:00.000Z');
    await first.roundups.insert(sampleStoredRoundup('r-1', { meta: { headline: 'kept' }, body: { type: 'doc', content: [] } }));
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
      ownerId: 'u-reporter',
      meta: {},
      body: { type: 'doc', content: [] },
      status: 'draft' as const,
      workflow: {},
      workflowRevision: 0,
      schemaVersion: 1,
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
    };
    await tabA.roundups.insert({ ...base, version: 1 });
    const results = await Promise.all([
      tabA.roundups.update({ ...base, version: 2, meta: { headline: 'A' } }, { version: 1, workflowRevision: 0 }),
      tabB.roundups.update({ ...base, version: 2, meta: { headline: 'B' } }, { version: 1, workflowRevision: 0 }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    tabA.close();
    tabB.close();
  });

  it('clears accounts, sessions and photo files along with everything else', async () => {
    const storage = await openIndexedDbStorage({ databaseName: freshName() });
    const bytes = imageFixtures.png(2, 2);
    await storage.users.insert({
      id: 'u-desk',
      email: 'desk@bureau.test',
      name: '김데스크',
      role: 'desk',
      passwordHash: 'x',
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    await storage.users.insertSession({ tokenHash: 't', userId: 'u-desk', createdAt: '2026-03-02T09:00:00.000Z', expiresAt: '2026-03-09T09:00:00.000Z' });
    await storage.photos.insert({
      id: 'p-1',
      mediaType: 'image/png',
      width: 2,
      height: 2,
      byteSize: bytes.byteLength,
      contentHash: 'a'.repeat(64),
      variants: [],
      createdAt: '2026-03-02T09:00:00.000Z',
      files: { original: bytes },
    });
    await storage.clear();
    expect(await storage.users.list()).toEqual([]);
    expect(await storage.users.findSession('t')).toBeNull();
    expect(await storage.photos.getMetadata('p-1')).toBeNull();
    expect(await storage.photos.getFile('p-1', 'original')).toBeNull();
    expect(await storage.users.insert({
      id: 'u-desk',
      email: 'desk@bureau.test',
      name: '김데스크',
      role: 'desk',
      passwordHash: 'x',
      createdAt: '2026-03-02T09:00:00.000Z',
    })).toBe(true);
    storage.close();
  });
});

describe('IndexedDB storage: upgrade from version 1', () => {
  it('moves photos stored as { bytes } to metadata with a content hash plus an original file, and keeps roundups', async () => {
    const databaseName = freshName();
    const bytes = imageFixtures.jpeg(16, 8);
    const version1 = await openDB(databaseName, 1, {
      upgrade(database) {
        database.createObjectStore('roundups', { keyPath: 'id' });
        database.createObjectStore('idempotency', { keyPath: 'key' });
        database.createObjectStore('photos', { keyPath: 'id' });
        database.createObjectStore('markers', { keyPath: 'name' });
      },
    });
    await version1.put('photos', {
      id: 'demo-photo',
      mediaType: 'image/jpeg',
      width: 16,
      height: 8,
      byteSize: bytes.byteLength,
      createdAt: '2026-03-02T09:00:00.000Z',
      bytes: bytes.slice().buffer,
    });
    await version1.put('roundups', {
      id: 'r-old',
      meta: { headline: 'before accounts' },
      body: { type: 'doc', content: [] },
      status: 'draft',
      version: 3,
      schemaVersion: 1,
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
    });
    await version1.put('markers', { name: 'demo-seeded-at', value: '2026-03-02T09:00:00.000Z' });
    version1.close();

    const storage = await openIndexedDbStorage({ databaseName });
    expect(await storage.photos.getMetadata('demo-photo')).toEqual({
      id: 'demo-photo',
      mediaType: 'image/jpeg',
      width: 16,
      height: 8,
      byteSize: bytes.byteLength,
      contentHash: createHash('sha256').update(bytes).digest('hex'),
      variants: [],
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    expect(await storage.photos.getFile('demo-photo', 'original')).toEqual(bytes);
    expect(await storage.roundups.get('r-old')).toMatchObject({ version: 3, ownerId: 'u-reporter', meta: { headline: 'before accounts' } });
    expect(await storage.markers.get('demo-seeded-at')).toBe('2026-03-02T09:00:00.000Z');
    expect(await storage.users.list()).toEqual([]);
    storage.close();
  });
});

describe('IndexedDB storage: upgrade from version 4', () => {
  it('keeps roundups and their history, and then records revisions and comment threads', async () => {
    const databaseName = freshName();
    const original = sampleStoredRoundup('r-old', { workflowRevision: 1 });
    const event = {
      roundupId: 'r-old',
      revision: 1,
      at: '2026-03-02T09:30:00.000Z',
      actor: { id: 'u-reporter', name: '신대희', role: 'reporter' as const },
      action: 'submit' as const,
      from: 'draft' as const,
      to: 'submitted' as const,
    };
    const version4 = await openDB(databaseName, 4, {
      upgrade(database) {
        database.createObjectStore('roundups', { keyPath: 'id' });
        database.createObjectStore('idempotency', { keyPath: 'key' });
        database.createObjectStore('photos', { keyPath: 'id' });
        database.createObjectStore('markers', { keyPath: 'name' });
        database.createObjectStore('photoFiles', { keyPath: ['photoId', 'name'] });
        database.createObjectStore('events', { keyPath: ['roundupId', 'revision'] });
        database.createObjectStore('locks', { keyPath: 'roundupId' });
        database.createObjectStore('users', { keyPath: 'id' }).createIndex('emailKey', 'emailKey', { unique: true });
        database.createObjectStore('sessions', { keyPath: 'tokenHash' }).createIndex('expiresAtMs', 'expiresAtMs');
      },
    });
    await version4.put('roundups', original);
    await version4.put('events', event);
    version4.close();

    const storage = await openIndexedDbStorage({ databaseName });
    expect(await storage.roundups.get('r-old')).toEqual(original);
    expect(await storage.roundups.listEvents('r-old')).toEqual([event]);
    expect(await storage.roundups.listRevisions('r-old')).toEqual([]);
    const content = sampleBriefContent('a');
    const write = sampleRevisionWrite('r-old', 2, [content]);
    expect(await storage.roundups.update({ ...original, version: 2 }, { version: 1, workflowRevision: 1 }, { revision: write })).toBe(true);
    expect(await storage.roundups.getRevision('r-old', 2)).toEqual({ revision: write.revision, contents: [content] });
    const thread = {
      id: 't-1',
      roundupId: 'r-old',
      target: { kind: 'brief' as const, briefId: 'b-sample-1' },
      comments: [
        { id: 'c-1', author: { id: 'u-desk', name: '김데스크', role: 'desk' as const }, body: '확인 부탁', mentions: [], at: '2026-03-02T10:00:00.000Z' },
      ],
      resolved: null,
      createdAt: '2026-03-02T10:00:00.000Z',
      updatedAt: '2026-03-02T10:00:00.000Z',
      revision: 1,
    };
    expect(await storage.comments.insertThread(thread)).toBe(true);
    expect(await storage.comments.listThreads('r-old')).toEqual([thread]);
    storage.close();
  });
});

describe('IndexedDB storage: upgrade from version 5', () => {
  it('reads accounts written before as active, and a deactivation then ends the sessions they already had', async () => {
    const databaseName = freshName();
    const version5 = await openDB(databaseName, 5, {
      upgrade(database) {
        for (const store of ['roundups', 'photos', 'locks']) database.createObjectStore(store, { keyPath: store === 'locks' ? 'roundupId' : 'id' });
        database.createObjectStore('idempotency', { keyPath: 'key' });
        database.createObjectStore('markers', { keyPath: 'name' });
        database.createObjectStore('photoFiles', { keyPath: ['photoId', 'name'] });
        database.createObjectStore('events', { keyPath: ['roundupId', 'revision'] });
        database.createObjectStore('revisions', { keyPath: ['roundupId', 'version'] });
        database.createObjectStore('briefContents', { keyPath: ['roundupId', 'hash'] });
        database.createObjectStore('commentThreads', { keyPath: 'id' }).createIndex('roundupId', 'roundupId');
        database.createObjectStore('users', { keyPath: 'id' }).createIndex('emailKey', 'emailKey', { unique: true });
        database.createObjectStore('sessions', { keyPath: 'tokenHash' }).createIndex('expiresAtMs', 'expiresAtMs');
      },
    });
    const desk = { id: 'u-desk', email: 'desk@bureau.test', emailKey: 'desk@bureau.test', name: '김데스크', role: 'desk', passwordHash: 'x', createdAt: '2026-03-02T09:00:00.000Z' };
    await version5.put('users', desk);
    for (const tokenHash of ['laptop', 'phone']) {
      await version5.put('sessions', { tokenHash, userId: 'u-desk', createdAt: '2026-03-02T09:00:00.000Z', expiresAt: '2026-03-09T09:00:00.000Z', expiresAtMs: Date.parse('2026-03-09T09:00:00.000Z') });
    }
    version5.close();

    const storage = await openIndexedDbStorage({ databaseName });
    expect(await storage.users.get('u-desk')).toMatchObject({ active: true, deactivatedAt: null, lastSignedInAt: null, passwordChangedAt: null });
    expect(await storage.users.update('u-desk', { active: false, at: '2026-03-03T09:00:00.000Z' })).toMatchObject({ outcome: 'updated' });
    expect(await storage.users.findSession('laptop')).toBeNull();
    expect(await storage.users.findSession('phone')).toBeNull();
    storage.close();
  });
});

describe('IndexedDB storage: upgrade from version 6', () => {
  it('keeps the roundups and starts an empty deletion log, which then records a deletion', async () => {
    const databaseName = freshName();
    const version6 = await openDB(databaseName, 6, {
      upgrade(database) {
        for (const store of ['roundups', 'photos', 'locks']) database.createObjectStore(store, { keyPath: store === 'locks' ? 'roundupId' : 'id' });
        database.createObjectStore('idempotency', { keyPath: 'key' });
        database.createObjectStore('markers', { keyPath: 'name' });
        database.createObjectStore('photoFiles', { keyPath: ['photoId', 'name'] });
        database.createObjectStore('events', { keyPath: ['roundupId', 'revision'] });
        database.createObjectStore('revisions', { keyPath: ['roundupId', 'version'] });
        database.createObjectStore('briefContents', { keyPath: ['roundupId', 'hash'] });
        database.createObjectStore('commentThreads', { keyPath: 'id' }).createIndex('roundupId', 'roundupId');
        database.createObjectStore('users', { keyPath: 'id' }).createIndex('emailKey', 'emailKey', { unique: true });
        const sessions = database.createObjectStore('sessions', { keyPath: 'tokenHash' });
        sessions.createIndex('expiresAtMs', 'expiresAtMs');
        sessions.createIndex('userId', 'userId');
      },
    });
    await version6.put('roundups', sampleStoredRoundup('r-old'));
    version6.close();

    const storage = await openIndexedDbStorage({ databaseName });
    expect(await storage.roundups.listDeletions(10)).toEqual([]);
    const record = {
      roundupId: 'r-old',
      headline: '헤드라인 r-old',
      status: 'draft' as const,
      ownerId: 'u-reporter',
      deletedAt: '2026-03-03T09:00:00.000Z',
      deletedBy: { id: 'u-desk', name: '김데스크', role: 'desk' as const },
    };
    expect(await storage.roundups.delete('r-old', { version: 1, workflowRevision: 0 }, record)).toBe(true);
    expect(await storage.roundups.listDeletions(10)).toEqual([record]);
    storage.close();
  });
});
