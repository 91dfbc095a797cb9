import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { gwangjuRoundupMetadata, gwangjuRoundupPhotoIds } from '../schema/demo/gwangju-roundup';
import type { Actor } from '../services/actor';
import { demoAccounts, demoPassword } from '../services/demo-accounts';
import { createRoundupService } from '../services/roundup-service';
import { openIndexedDbStorage } from './indexeddb-storage';
import { createPbkdf2PasswordHasher } from './pbkdf2-password-hasher';
import { demoRoundupId, seedDemoData, type SeedDemoOptions } from '../services/seed-demo-data';

let databases = 0;
const clock = () => new Date('2026-03-02T09:00:00.000Z');
const hasher = createPbkdf2PasswordHasher({ iterations: 1000 });
const reporter: Actor = { id: 'u-reporter', name: '신대희', role: 'reporter' };

async function loadDemoPhoto(photoId: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(new URL(`../../public/demo/${photoId}.png`, import.meta.url)));
}

const options: SeedDemoOptions = { clock, loadDemoPhoto, hasher };

async function openFresh() {
  return openIndexedDbStorage({ databaseName: `bureau-seed-test-${(databases += 1)}` });
}

function roundupsOver(storage: Awaited<ReturnType<typeof openFresh>>) {
  return createRoundupService({ storage: storage.roundups, clock, generateId: () => 'unused' });
}

describe('demo seed', () => {
  it('stores the model roundup as the demo reporter’s draft, with its two photos, on first use', async () => {
    const storage = await openFresh();
    expect(await seedDemoData(storage, options)).toEqual({ roundup: true, accounts: demoAccounts.length });
    const roundups = roundupsOver(storage);

    const roundup = await roundups.get(reporter, demoRoundupId);
    expect(roundup).toMatchObject({ ownerId: 'u-reporter', status: 'draft', version: 1, meta: gwangjuRoundupMetadata });
    expect(roundup.meta.registeredAt).toBe('2017-12-06T17:35:58+09:00');
    expect(roundup.body.content).toHaveLength(3);
    const photoIds = JSON.stringify(roundup.body).match(/"photoId":"[^"]+"/g);
    expect(photoIds).toEqual(Object.values(gwangjuRoundupPhotoIds).map((id) => `"photoId":"${id}"`));

    for (const photoId of Object.values(gwangjuRoundupPhotoIds)) {
      const bytes = await storage.photos.getFile(photoId, 'original');
      expect(bytes).not.toBeNull();
      expect(bytes!.byteLength).toBeLessThan(150 * 1024);
      expect(await storage.photos.getMetadata(photoId)).toEqual({
        id: photoId,
        mediaType: 'image/png',
        width: 960,
        height: 640,
        byteSize: bytes!.byteLength,
        contentHash: createHash('sha256').update(bytes!).digest('hex'),
        variants: [],
        createdAt: '2026-03-02T09:00:00.000Z',
      });
    }
    expect((await roundups.list(reporter, {})).items.map((item) => item.id)).toEqual([demoRoundupId]);
    storage.close();
  });

  it('stores one account per role whose password is the demo password', async () => {
    const storage = await openFresh();
    await seedDemoData(storage, options);
    const users = await storage.users.list();
    expect(users.map(({ id, email, name, role }) => ({ id, email, name, role }))).toEqual(
      [...demoAccounts].sort((left, right) => left.id.localeCompare(right.id)),
    );
    for (const user of users) {
      expect(user.passwordHash).toMatch(/^pbkdf2-sha256\$/);
      expect(await hasher.verify(demoPassword, user.passwordHash)).toBe(true);
    }
    expect(new Set(users.map((user) => user.passwordHash)).size).toBe(users.length);
    storage.close();
  });

  it('stores the demo photos through the processor it is given', async () => {
    const storage = await openFresh();
    const webSize = Uint8Array.from([1, 2, 3]);
    await seedDemoData(storage, {
      ...options,
      processor: {
        async process(bytes) {
          return {
            ok: true,
            original: { mediaType: 'image/png', width: 960, height: 640, bytes },
            variants: [{ name: 'w480', mediaType: 'image/webp', width: 480, height: 320, bytes: webSize }],
          };
        },
      },
    });
    const photoId = Object.values(gwangjuRoundupPhotoIds)[0]!;
    expect((await storage.photos.getMetadata(photoId))?.variants).toMatchObject([{ name: 'w480', width: 480, byteSize: 3 }]);
    expect(await storage.photos.getFile(photoId, 'w480')).toEqual(webSize);
    storage.close();
  });

  it('does nothing the second time: edits and deletions survive a restart', async () => {
    const storage = await openFresh();
    await seedDemoData(storage, options);
    const roundups = roundupsOver(storage);
    const demo = await roundups.get(reporter, demoRoundupId);
    const edited = await roundups.save(reporter, demoRoundupId, { baseVersion: 1, meta: { ...demo.meta, headline: '고친 제목' }, body: demo.body });

    expect(await seedDemoData(storage, options)).toEqual({ roundup: false, accounts: 0 });
    expect(await roundups.get(reporter, demoRoundupId)).toEqual(edited);

    await roundups.remove(reporter, demoRoundupId);
    expect(await seedDemoData(storage, options)).toEqual({ roundup: false, accounts: 0 });
    expect((await roundups.list(reporter, {})).items).toEqual([]);
    storage.close();
  });

  it('adds the accounts to a browser seeded before accounts existed, without bringing back its roundup', async () => {
    const storage = await openFresh();
    await storage.markers.put('demo-seeded-at', '2026-01-01T00:00:00.000Z');
    expect(await seedDemoData(storage, options)).toEqual({ roundup: false, accounts: demoAccounts.length });
    expect(await storage.users.findByEmail('desk@bureau.test')).toMatchObject({ role: 'desk' });
    expect(await storage.roundups.get(demoRoundupId)).toBeNull();
    storage.close();
  });

  it('ends with one copy when two tabs seed at the same time', async () => {
    const databaseName = `bureau-seed-test-${(databases += 1)}`;
    const tabA = await openIndexedDbStorage({ databaseName });
    const tabB = await openIndexedDbStorage({ databaseName });
    await Promise.all([seedDemoData(tabA, options), seedDemoData(tabB, options)]);
    expect((await tabA.roundups.list({})).map((summary) => summary.id)).toEqual([demoRoundupId]);
    expect((await tabB.roundups.get(demoRoundupId))?.version).toBe(1);
    expect(await tabA.users.list()).toHaveLength(demoAccounts.length);
    tabA.close();
    tabB.close();
  });

  it('leaves no half-seeded roundup when a photo cannot be loaded, and tries again next time', async () => {
    const storage = await openFresh();
    const failing = async () => {
      throw new Error('offline');
    };
    await expect(seedDemoData(storage, { ...options, loadDemoPhoto: failing })).rejects.toThrow('offline');
    expect(await storage.roundups.get(demoRoundupId)).toBeNull();
    expect((await seedDemoData(storage, options)).roundup).toBe(true);
    expect(await storage.roundups.get(demoRoundupId)).not.toBeNull();
    storage.close();
  });

  it('refuses a demo photo the processor refuses, naming it', async () => {
    const storage = await openFresh();
    const notAnImage = async () => new TextEncoder().encode('<svg/>');
    await expect(seedDemoData(storage, { ...options, loadDemoPhoto: notAnImage })).rejects.toThrow(/demo photo .* is not usable: SVG/);
    expect(await storage.roundups.get(demoRoundupId)).toBeNull();
    storage.close();
  });

  it('seeds again after the database is cleared (reset demo data)', async () => {
    const storage = await openFresh();
    await seedDemoData(storage, options);
    await storage.roundups.delete(demoRoundupId, { version: 1, workflowRevision: 0 }, { roundupId: demoRoundupId, headline: '', status: 'draft', ownerId: 'u', deletedAt: new Date(0).toISOString(), deletedBy: { id: 'u', name: 'u', role: 'admin' } });
    await storage.clear();
    expect(await seedDemoData(storage, options)).toEqual({ roundup: true, accounts: demoAccounts.length });
    expect(await storage.roundups.get(demoRoundupId)).not.toBeNull();
    storage.close();
  });
});
