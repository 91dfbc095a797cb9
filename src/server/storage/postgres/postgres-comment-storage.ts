import type pg from 'pg';
import { z } from 'zod';
import { commentThreadSchema, type CommentThread } from '../../../contract/comment-endpoints';
import type { CommentStorage } from '../../../services/comment-storage';

const threadRowSchema = z.object({ thread: commentThreadSchema });

function toThread(row: unknown): CommentThread {
  return threadRowSchema.parse(row).thread;
}

/** $1 … $6 of the insert and the update, in column order. JSON goes as text, which PostgreSQL parses into jsonb. */
function threadValues(thread: CommentThread): unknown[] {
  return [thread.id, thread.roundupId, thread.createdAt, thread.updatedAt, thread.revision, JSON.stringify(thread)];
}

/**
 * `CommentStorage` over PostgreSQL: each write one statement, the update conditional on the revision. The columns
 * beside the thread's jsonb copy what the queries filter and order by; the thread itself keeps its timestamps as
 * written.
 */
export function createPostgresCommentStorage(pool: pg.Pool): CommentStorage {
  return {
    async listThreads(roundupId) {
      const result = await pool.query('SELECT thread FROM comment_threads WHERE roundup_id = $1 ORDER BY created_at, id', [roundupId]);
      return result.rows.map(toThread);
    },
    async getThread(threadId) {
      const result = await pool.query('SELECT thread FROM comment_threads WHERE id = $1', [threadId]);
      const row: unknown = result.rows[0];
      return row === undefined ? null : toThread(row);
    },
    async insertThread(thread) {
      const result = await pool.query(
        `INSERT INTO comment_threads (id, roundup_id, created_at, updated_at, revision, thread)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO NOTHING`,
        threadValues(thread),
      );
      return result.rowCount === 1;
    },
    async updateThread(thread, expectedRevision) {
      const result = await pool.query(
        `UPDATE comment_threads SET roundup_id = $2, created_at = $3, updated_at = $4, revision = $5, thread = $6
         WHERE id = $1 AND revision = $7`,
        [...threadValues(thread), expectedRevision],
      );
      return result.rowCount === 1;
    },
    async deleteThread(threadId) {
      return (await pool.query('DELETE FROM comment_threads WHERE id = $1', [threadId])).rowCount === 1;
    },
    async deleteThreadsOf(roundupId) {
      return (await pool.query('DELETE FROM comment_threads WHERE roundup_id = $1', [roundupId])).rowCount ?? 0;
    },
    async recentThreads(limit) {
      const result = await pool.query('SELECT thread FROM comment_threads ORDER BY updated_at DESC, id LIMIT $1', [limit]);
      return result.rows.map(toThread);
    },
  };
}
