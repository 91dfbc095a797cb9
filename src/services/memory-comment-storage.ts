import type { CommentThread } from '../contract/comment-endpoints';
import type { CommentStorage } from './comment-storage';

function oldestFirst(a: CommentThread, b: CommentThread): number {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function newestChangeFirst(a: CommentThread, b: CommentThread): number {
  return Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** `CommentStorage` over a map: the reference the other adapters must behave like. Values are copied in and out. */
export function createMemoryCommentStorage(): CommentStorage {
  const threads = new Map<string, CommentThread>();
  return {
    async listThreads(roundupId) {
      return structuredClone([...threads.values()].filter((thread) => thread.roundupId === roundupId).sort(oldestFirst));
    },
    async getThread(threadId) {
      const thread = threads.get(threadId);
      return thread === undefined ? null : structuredClone(thread);
    },
    async insertThread(thread) {
      if (threads.has(thread.id)) return false;
      threads.set(thread.id, structuredClone(thread));
      return true;
    },
    async updateThread(thread, expectedRevision) {
      const stored = threads.get(thread.id);
      if (stored === undefined || stored.revision !== expectedRevision) return false;
      threads.set(thread.id, structuredClone(thread));
      return true;
    },
    async deleteThread(threadId) {
      return threads.delete(threadId);
    },
    async deleteThreadsOf(roundupId) {
      let deleted = 0;
      for (const [id, thread] of threads) if (thread.roundupId === roundupId && threads.delete(id)) deleted += 1;
      return deleted;
    },
    async recentThreads(limit) {
      return structuredClone([...threads.values()].sort(newestChangeFirst).slice(0, limit));
    },
  };
}
