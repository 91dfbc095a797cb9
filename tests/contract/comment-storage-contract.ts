import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommentThread } from '../../src/contract/comment-endpoints';
import type { CommentStorage } from '../../src/services/comment-storage';
import type { RoundupStorage } from '../../src/services/roundup-storage';
import { sampleStoredRoundup } from './sample-stored-roundup';

/** Comments and the roundups they belong to: a database adapter refuses a thread of a roundup it does not hold. */
export interface OpenedCommentStorage {
  comments: CommentStorage;
  roundups: RoundupStorage;
  close(): Promise<void>;
}

function thread(id: string, roundupId: string, overrides: Partial<CommentThread> = {}): CommentThread {
  return {
    id,
    roundupId,
    target: { kind: 'text', briefId: 'b-sample-1', quote: '광산구', prefix: '오늘 ', suffix: ' 소식', start: 3 },
    comments: [
      {
        id: `c-${id}`,
        author: { id: 'u-desk', name: '김데스크', role: 'desk' },
        body: '@신대희 출처 확인 부탁 📷',
        mentions: [{ id: 'u-reporter', name: '신대희' }],
        at: '2026-03-02T09:00:00.000Z',
      },
    ],
    resolved: null,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    revision: 1,
    ...overrides,
  };
}

/**
 * What every `CommentStorage` adapter must do: the memory reference, IndexedDB, SQLite and PostgreSQL. Timestamps
 * come back as written (the thread is stored whole) and are ordered as instants, offsets included.
 */
export function defineCommentStorageContract(adapterName: string, open: () => Promise<OpenedCommentStorage>): void {
  describe(`comment storage contract: ${adapterName}`, () => {
    let storage: OpenedCommentStorage;

    beforeEach(async () => {
      storage = await open();
      for (const roundupId of ['r-1', 'r-2']) expect(await storage.roundups.insert(sampleStoredRoundup(roundupId))).toBe(true);
    });

    afterEach(async () => {
      await storage.close();
    });

    it('inserts, gets and refuses a second insert under the same id', async () => {
      const first = thread('t-1', 'r-1');
      expect(await storage.comments.insertThread(first)).toBe(true);
      expect(await storage.comments.insertThread(thread('t-1', 'r-2', { revision: 5 }))).toBe(false);
      expect(await storage.comments.getThread('t-1')).toEqual(first);
      expect(await storage.comments.getThread('t-2')).toBeNull();
      expect(await storage.comments.listThreads('r-2')).toEqual([]);
    });

    it('keeps every kind of target, resolutions and replies as written', async () => {
      const resolved = thread('t-photo', 'r-1', {
        target: { kind: 'photo', briefId: 'b-sample-1', photoId: 'p-1' },
        comments: [
          ...thread('t-photo', 'r-1').comments,
          { id: 'c-2', author: { id: 'u-reporter', name: '신대희', role: 'reporter' }, body: '확인했습니다', mentions: [], at: '2026-03-02T18:10:00+09:00' },
        ],
        resolved: { by: { id: 'u-desk', name: '김데스크' }, at: '2026-03-02T18:20:00.5+09:00' },
        updatedAt: '2026-03-02T18:20:00.5+09:00',
        revision: 3,
      });
      const brief = thread('t-brief', 'r-1', { target: { kind: 'brief', briefId: 'b-sample-2' } });
      await storage.comments.insertThread(resolved);
      await storage.comments.insertThread(brief);
      expect(await storage.comments.getThread('t-photo')).toEqual(resolved);
      expect(await storage.comments.getThread('t-brief')).toEqual(brief);
    });

    it('hands out copies, never the stored value itself', async () => {
      const written = thread('t-1', 'r-1');
      await storage.comments.insertThread(written);
      written.comments[0]!.body = 'changed by the caller after writing';
      const read = await storage.comments.getThread('t-1');
      read!.comments[0]!.body = 'changed by the caller';
      const [listed] = await storage.comments.listThreads('r-1');
      listed!.resolved = { by: { id: 'u-desk', name: '김데스크' }, at: '2026-03-02T10:00:00.000Z' };
      const [recent] = await storage.comments.recentThreads(1);
      recent!.revision = 9;
      expect(await storage.comments.getThread('t-1')).toEqual(thread('t-1', 'r-1'));
    });

    it('replaces a thread only from the expected revision, writing nothing otherwise', async () => {
      await storage.comments.insertThread(thread('t-1', 'r-1'));
      const resolved = thread('t-1', 'r-1', {
        resolved: { by: { id: 'u-desk', name: '김데스크' }, at: '2026-03-02T10:00:00.000Z' },
        updatedAt: '2026-03-02T10:00:00.000Z',
        revision: 2,
      });
      expect(await storage.comments.updateThread(resolved, 2)).toBe(false);
      expect(await storage.comments.getThread('t-1')).toEqual(thread('t-1', 'r-1'));
      expect(await storage.comments.recentThreads(5)).toEqual([thread('t-1', 'r-1')]);
      expect(await storage.comments.updateThread(resolved, 1)).toBe(true);
      expect(await storage.comments.getThread('t-1')).toEqual(resolved);
      expect(await storage.comments.updateThread(thread('t-1', 'r-1', { revision: 3 }), 1)).toBe(false);
      expect(await storage.comments.getThread('t-1')).toEqual(resolved);

      expect(await storage.comments.updateThread(thread('t-missing', 'r-1', { revision: 2 }), 1)).toBe(false);
      expect(await storage.comments.getThread('t-missing')).toBeNull();
    });

    it('lets exactly one of many concurrent updates from the same revision win', async () => {
      await storage.comments.insertThread(thread('t-1', 'r-1'));
      const attempts = Array.from({ length: 10 }, (_, index) =>
        thread('t-1', 'r-1', { revision: 2, comments: [{ ...thread('t-1', 'r-1').comments[0]!, body: `attempt ${index}` }] }),
      );
      const results = await Promise.all(attempts.map((attempt) => storage.comments.updateThread(attempt, 1)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await storage.comments.getThread('t-1')).toEqual(attempts[results.indexOf(true)]);
    });

    it("lists a roundup's threads oldest first, as instants, ties by id", async () => {
      const threads = [
        thread('t-b', 'r-1', { createdAt: '2026-03-02T10:00:00.000Z' }),
        thread('t-a', 'r-1', { createdAt: '2026-03-02T19:00:00+09:00' }),
        // 09:30 UTC, earlier than both although its text sorts after theirs.
        thread('t-c', 'r-1', { createdAt: '2026-03-02T18:30:00+09:00', updatedAt: '2026-03-02T18:30:00+09:00' }),
        thread('t-d', 'r-2', { createdAt: '2026-03-02T08:00:00.000Z' }),
      ];
      for (const each of threads) expect(await storage.comments.insertThread(each)).toBe(true);
      expect(await storage.comments.listThreads('r-1')).toEqual([threads[2], threads[1], threads[0]]);
      expect(await storage.comments.listThreads('r-2')).toEqual([threads[3]]);
      expect(await storage.comments.listThreads('unknown')).toEqual([]);
    });

    it('lists the most recently changed threads across roundups, as instants, ties by id, at most `limit`', async () => {
      const threads = [
        thread('t-old', 'r-1', { updatedAt: '2026-03-02T09:00:00.000Z' }),
        thread('t-b', 'r-2', { updatedAt: '2026-03-02T11:00:00.000Z' }),
        thread('t-a', 'r-1', { updatedAt: '2026-03-02T20:00:00+09:00' }),
        thread('t-new', 'r-2', { updatedAt: '2026-03-02T12:00:00.000Z' }),
      ];
      for (const each of threads) await storage.comments.insertThread(each);
      expect(await storage.comments.recentThreads(10)).toEqual([threads[3], threads[2], threads[1], threads[0]]);
      expect(await storage.comments.recentThreads(2)).toEqual([threads[3], threads[2]]);

      // An update moves a thread to the front.
      const touched = thread('t-old', 'r-1', { updatedAt: '2026-03-02T13:00:00.000Z', revision: 2 });
      expect(await storage.comments.updateThread(touched, 1)).toBe(true);
      expect(await storage.comments.recentThreads(1)).toEqual([touched]);
    });

    it('deletes one thread, reporting whether there was anything to delete', async () => {
      await storage.comments.insertThread(thread('t-1', 'r-1'));
      await storage.comments.insertThread(thread('t-2', 'r-1'));
      expect(await storage.comments.deleteThread('t-1')).toBe(true);
      expect(await storage.comments.deleteThread('t-1')).toBe(false);
      expect(await storage.comments.getThread('t-1')).toBeNull();
      expect(await storage.comments.listThreads('r-1')).toEqual([thread('t-2', 'r-1')]);
      expect(await storage.comments.insertThread(thread('t-1', 'r-1'))).toBe(true);
    });

    it('deletes every thread of a roundup, and only those', async () => {
      for (const [id, roundupId] of [['t-1', 'r-1'], ['t-2', 'r-1'], ['t-3', 'r-2']] as const) {
        await storage.comments.insertThread(thread(id, roundupId));
      }
      expect(await storage.comments.deleteThreadsOf('r-1')).toBe(2);
      expect(await storage.comments.listThreads('r-1')).toEqual([]);
      expect(await storage.comments.getThread('t-1')).toBeNull();
      expect(await storage.comments.listThreads('r-2')).toEqual([thread('t-3', 'r-2')]);
      expect(await storage.comments.recentThreads(5)).toEqual([thread('t-3', 'r-2')]);
      expect(await storage.comments.deleteThreadsOf('r-1')).toBe(0);
    });
  });
}
