import type Database from 'better-sqlite3';
import { z } from 'zod';
import { commentThreadSchema, type CommentThread } from '../../../contract/comment-endpoints';
import type { CommentStorage } from '../../../services/comment-storage';
import { jsonTextColumn } from './json-text-column';

const threadRowSchema = z.object({ thread: jsonTextColumn.pipe(commentThreadSchema) });

function toThread(row: unknown): CommentThread {
  return threadRowSchema.parse(row).thread;
}

function threadParameters(thread: CommentThread) {
  return {
    id: thread.id,
    roundupId: thread.roundupId,
    createdAt: thread.createdAt,
    updatedAt: thread.updatedAt,
    revision: thread.revision,
    thread: JSON.stringify(thread),
  };
}

type ThreadParameters = ReturnType<typeof threadParameters>;

/**
 * `CommentStorage` over SQLite: each write one statement, the update conditional on the revision. The columns beside
 * the thread's JSON copy what the queries filter and order by; timestamps order as instants (`unixepoch`).
 */
export function createSqliteCommentStorage(database: Database.Database): CommentStorage {
  const listStatement = database.prepare<[string]>(`
    SELECT thread FROM comment_threads WHERE roundup_id = ? ORDER BY unixepoch(created_at, 'subsec'), id`);
  const getStatement = database.prepare<[string]>('SELECT thread FROM comment_threads WHERE id = ?');
  const insertStatement = database.prepare<ThreadParameters>(`
    INSERT INTO comment_threads (id, roundup_id, created_at, updated_at, revision, thread)
    VALUES (@id, @roundupId, @createdAt, @updatedAt, @revision, @thread)
    ON CONFLICT (id) DO NOTHING`);
  const updateStatement = database.prepare<ThreadParameters & { expectedRevision: number }>(`
    UPDATE comment_threads SET
      roundup_id = @roundupId, created_at = @createdAt, updated_at = @updatedAt, revision = @revision, thread = @thread
    WHERE id = @id AND revision = @expectedRevision`);
  const deleteStatement = database.prepare<[string]>('DELETE FROM comment_threads WHERE id = ?');
  const deleteOfRoundupStatement = database.prepare<[string]>('DELETE FROM comment_threads WHERE roundup_id = ?');
  const recentStatement = database.prepare<[number]>(`
    SELECT thread FROM comment_threads ORDER BY unixepoch(updated_at, 'subsec') DESC, id LIMIT ?`);

  return {
    async listThreads(roundupId) {
      return listStatement.all(roundupId).map(toThread);
    },
    async getThread(threadId) {
      const row = getStatement.get(threadId);
      return row === undefined ? null : toThread(row);
    },
    async insertThread(thread) {
      return insertStatement.run(threadParameters(thread)).changes === 1;
    },
    async updateThread(thread, expectedRevision) {
      return updateStatement.run({ ...threadParameters(thread), expectedRevision }).changes === 1;
    },
    async deleteThread(threadId) {
      return deleteStatement.run(threadId).changes === 1;
    },
    async deleteThreadsOf(roundupId) {
      return deleteOfRoundupStatement.run(roundupId).changes;
    },
    async recentThreads(limit) {
      return recentStatement.all(limit).map(toThread);
    },
  };
}
