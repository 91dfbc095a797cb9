import type { RoundupEvent } from '../contract/workflow-endpoints';
import type { DeletionRecord } from '../contract/deletion-endpoints';
import { newestDeletionFirst } from './compare-deletions';
import { newestEventFirst } from './compare-events';
import type { IdempotencyRecord } from './idempotency-record';
import { createMemoryPhotoStorage } from './memory-photo-storage';
import { createMemoryUserStorage } from './memory-user-storage';
import type { LockStorage } from './lock-storage';
import { createMemoryLockStorage } from './memory-lock-storage';
import type { PhotoStorage } from './photo-storage';
import type { RoundupStorage } from './roundup-storage';
import type { StoredRoundup } from './stored-roundup';
import type { RevisionWrite, StoredRevision } from './stored-revision';
import type { CommentStorage } from './comment-storage';
import { createMemoryCommentStorage } from './memory-comment-storage';
import { countListStatuses, selectListPage } from './select-list-page';
import { summarizeRoundup } from './summarize-roundup';
import type { UserStorage } from './user-storage';

export interface MemoryStorage {
  roundups: RoundupStorage;
  photos: PhotoStorage;
  users: UserStorage;
  locks: LockStorage;
  comments: CommentStorage;
}

/**
 * Every storage port over plain maps: the reference implementation every other adapter must behave like, and the
 * storage of unit tests. Values are copied in and out, as a real database would, so a caller can never change what
 * is stored by mutating an object it holds.
 */
export function createMemoryStorage(): MemoryStorage {
  const roundups = new Map<string, StoredRoundup>();
  const idempotencyRecords = new Map<string, IdempotencyRecord>();
  const events = new Map<string, RoundupEvent[]>();
  const revisions = new Map<string, Map<number, StoredRevision>>();
  /** Brief contents by roundup, then by hash. */
  const contents = new Map<string, Map<string, string>>();
  const deletions: DeletionRecord[] = [];

  function recordRevision(roundupId: string, write: RevisionWrite | undefined): void {
    if (write === undefined) return;
    const stored = contents.get(roundupId) ?? new Map<string, string>();
    for (const content of write.contents) if (!stored.has(content.hash)) stored.set(content.hash, content.json);
    contents.set(roundupId, stored);
    const byVersion = revisions.get(roundupId) ?? new Map<number, StoredRevision>();
    byVersion.set(write.revision.version, structuredClone(write.revision));
    revisions.set(roundupId, byVersion);
  }

  const roundupStorage: RoundupStorage = {
    async list(query) {
      return selectListPage([...roundups.values()].map(summarizeRoundup), query);
    },
    async countByStatus(filter) {
      return countListStatuses([...roundups.values()].map(summarizeRoundup), filter);
    },
    async get(id) {
      const roundup = roundups.get(id);
      return roundup === undefined ? null : structuredClone(roundup);
    },
    async insert(roundup, revision) {
      if (roundups.has(roundup.id)) return false;
      roundups.set(roundup.id, structuredClone(roundup));
      recordRevision(roundup.id, revision);
      return true;
    },
    async update(roundup, expected, extras = {}) {
      const stored = roundups.get(roundup.id);
      if (stored === undefined || stored.version !== expected.version || stored.workflowRevision !== expected.workflowRevision) {
        return false;
      }
      roundups.set(roundup.id, structuredClone(roundup));
      const { idempotencyRecord } = extras;
      if (idempotencyRecord !== undefined) idempotencyRecords.set(idempotencyRecord.key, structuredClone(idempotencyRecord));
      if (extras.events !== undefined && extras.events.length > 0) {
        events.set(roundup.id, [...(events.get(roundup.id) ?? []), ...structuredClone(extras.events)]);
      }
      recordRevision(roundup.id, extras.revision);
      return true;
    },
    async listEvents(roundupId) {
      return structuredClone(events.get(roundupId) ?? []);
    },
    async recentEvents(limit) {
      return structuredClone([...events.values()].flat().sort(newestEventFirst).slice(0, limit));
    },
    async listRevisions(roundupId, page = {}) {
      const { before } = page;
      const older = [...(revisions.get(roundupId)?.values() ?? [])].filter((revision) => before === undefined || revision.version < before);
      const newestFirst = older.sort((a, b) => b.version - a.version);
      return structuredClone(page.limit === undefined ? newestFirst : newestFirst.slice(0, page.limit));
    },
    async getRevision(roundupId, version) {
      const revision = revisions.get(roundupId)?.get(version);
      if (revision === undefined) return null;
      const stored = contents.get(roundupId) ?? new Map<string, string>();
      const hashes = [...new Set(revision.briefRefs.map((ref) => ref.hash))];
      return {
        revision: structuredClone(revision),
        contents: hashes.flatMap((hash) => {
          const json = stored.get(hash);
          return json === undefined ? [] : [{ hash, json }];
        }),
      };
    },
    async deleteRevisions(roundupId, versions) {
      const byVersion = revisions.get(roundupId);
      if (byVersion === undefined) return 0;
      let deleted = 0;
      for (const version of versions) if (byVersion.delete(version)) deleted += 1;
      const referenced = new Set([...byVersion.values()].flatMap((revision) => revision.briefRefs.map((ref) => ref.hash)));
      const stored = contents.get(roundupId);
      for (const hash of [...(stored?.keys() ?? [])]) if (!referenced.has(hash)) stored?.delete(hash);
      return deleted;
    },
    async delete(id, expected, record) {
      const stored = roundups.get(id);
      if (stored === undefined || stored.version !== expected.version || stored.workflowRevision !== expected.workflowRevision) return false;
      events.delete(id);
      revisions.delete(id);
      contents.delete(id);
      deletions.push(structuredClone(record));
      return roundups.delete(id);
    },
    async listDeletions(limit) {
      return structuredClone([...deletions].sort(newestDeletionFirst).slice(0, limit));
    },
    async findIdempotencyRecord(key) {
      const record = idempotencyRecords.get(key);
      return record === undefined ? null : structuredClone(record);
    },
    async saveIdempotencyRecord(record) {
      idempotencyRecords.set(record.key, structuredClone(record));
    },
    async deleteIdempotencyRecordsBefore(cutoff) {
      const limit = Date.parse(cutoff);
      let deleted = 0;
      for (const [key, record] of idempotencyRecords) {
        if (Date.parse(record.createdAt) < limit && idempotencyRecords.delete(key)) deleted += 1;
      }
      return deleted;
    },
  };

  return { roundups: roundupStorage, photos: createMemoryPhotoStorage(), users: createMemoryUserStorage(), locks: createMemoryLockStorage(), comments: createMemoryCommentStorage() };
}
