import type { IDBPDatabase } from 'idb';
import { commentThreadSchema, type CommentThread } from '../contract/comment-endpoints';
import type { CommentStorage } from '../services/comment-storage';
import { newestThreadChangeFirst, oldestThreadFirst } from '../services/compare-comment-threads';
import type { MockDatabase } from './mock-database';

/** `CommentStorage` for the browser mock, shared by its tabs: each compare-and-set in one readwrite transaction. */
export function createIndexedDbCommentStorage(database: IDBPDatabase<MockDatabase>): CommentStorage {
  return {
    async listThreads(roundupId) {
      const rows = await database.getAllFromIndex('commentThreads', 'roundupId', roundupId);
      return rows.map((row) => commentThreadSchema.parse(row)).sort(oldestThreadFirst);
    },

    async getThread(threadId) {
      const row = await database.get('commentThreads', threadId);
      return row === undefined ? null : commentThreadSchema.parse(row);
    },

    async insertThread(thread) {
      const transaction = database.transaction('commentThreads', 'readwrite');
      if ((await transaction.store.getKey(thread.id)) !== undefined) {
        await transaction.done;
        return false;
      }
      await Promise.all([transaction.store.add(thread), transaction.done]);
      return true;
    },

    async updateThread(thread, expectedRevision) {
      const transaction = database.transaction('commentThreads', 'readwrite');
      const row: unknown = await transaction.store.get(thread.id);
      const stored = row === undefined ? null : commentThreadSchema.safeParse(row);
      if (stored === null || !stored.success || stored.data.revision !== expectedRevision) {
        await transaction.done;
        return false;
      }
      await Promise.all([transaction.store.put(thread), transaction.done]);
      return true;
    },

    async deleteThread(threadId) {
      const transaction = database.transaction('commentThreads', 'readwrite');
      if ((await transaction.store.getKey(threadId)) === undefined) {
        await transaction.done;
        return false;
      }
      await Promise.all([transaction.store.delete(threadId), transaction.done]);
      return true;
    },

    async deleteThreadsOf(roundupId) {
      const transaction = database.transaction('commentThreads', 'readwrite');
      const keys = await transaction.store.index('roundupId').getAllKeys(roundupId);
      await Promise.all([...keys.map((key) => transaction.store.delete(key)), transaction.done]);
      return keys.length;
    },

    async recentThreads(limit) {
      const rows = await database.getAll('commentThreads');
      // One thread an older build wrote in another shape must not hide everyone's latest comments.
      const threads: CommentThread[] = rows.flatMap((row) => {
        const thread = commentThreadSchema.safeParse(row);
        return thread.success ? [thread.data] : [];
      });
      return threads.sort(newestThreadChangeFirst).slice(0, limit);
    },
  };
}
