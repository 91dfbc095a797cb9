import type { CommentThread } from '../contract/comment-endpoints';

/**
 * Where comment threads live: apart from the document, so a comment never changes a roundup's version, never
 * reopens an approved brief, and can never leak into a preview or an export. Every method is atomic on its own.
 */
export interface CommentStorage {
  /** The threads of a roundup, oldest first (by `createdAt`, then id). */
  listThreads(roundupId: string): Promise<CommentThread[]>;

  getThread(threadId: string): Promise<CommentThread | null>;

  /** Adds a thread; false (and nothing written) when the id is taken. */
  insertThread(thread: CommentThread): Promise<boolean>;

  /** Compare-and-set: replaces the thread only if its stored `revision` is still `expectedRevision`. */
  updateThread(thread: CommentThread, expectedRevision: number): Promise<boolean>;

  /** False when there was nothing to delete. */
  deleteThread(threadId: string): Promise<boolean>;

  /** Every thread of a roundup goes (the roundup was deleted); returns how many. */
  deleteThreadsOf(roundupId: string): Promise<number>;

  /** The most recently changed threads across all roundups, newest `updatedAt` first (ties by id), at most `limit`. */
  recentThreads(limit: number): Promise<CommentThread[]>;
}
