import type { IDBPDatabase, IDBPObjectStore, StoreNames } from 'idb';
import { z } from 'zod/mini';
import type { RoundupStorage } from '../services/roundup-storage';
import { referencedHashes, revisionContents } from '../services/revision-contents';
import { storedRevisionSchema, type BriefContent, type RevisionWrite } from '../services/stored-revision';
import type { MockDatabase } from './mock-database';

const revisionRecordSchema = z.object({ revision: storedRevisionSchema });
const contentRecordSchema = z.object({ hash: z.string(), json: z.string() });

/** Every `[roundupId, version]` key of one roundup. */
export function revisionKeysOf(roundupId: string): IDBKeyRange {
  return IDBKeyRange.bound([roundupId, 0], [roundupId, Number.MAX_SAFE_INTEGER]);
}

/** Every `[roundupId, hash]` key of one roundup: `[roundupId]` sorts before them, and an array after any string. */
export function contentKeysOf(roundupId: string): IDBKeyRange {
  return IDBKeyRange.bound([roundupId], [roundupId, []]);
}

/**
 * Stores a revision and, for each content whose hash the roundup has no content under yet, that content. Runs in the
 * caller's transaction (the one that writes the roundup), so the revision is recorded only if that write is.
 */
export async function recordRevision<Stores extends ArrayLike<StoreNames<MockDatabase>>>(
  revisions: IDBPObjectStore<MockDatabase, Stores, 'revisions', 'readwrite'>,
  contents: IDBPObjectStore<MockDatabase, Stores, 'briefContents', 'readwrite'>,
  roundupId: string,
  write: RevisionWrite | undefined,
): Promise<void> {
  if (write === undefined) return;
  for (const { hash, json } of write.contents) {
    if ((await contents.getKey([roundupId, hash])) === undefined) await contents.put({ roundupId, hash, json });
  }
  await revisions.put({ roundupId, version: write.revision.version, revision: write.revision });
}

/** The revision reads and the pruning of `RoundupStorage` over IndexedDB. */
export function createIndexedDbRevisions(
  database: IDBPDatabase<MockDatabase>,
): Pick<RoundupStorage, 'listRevisions' | 'getRevision' | 'deleteRevisions'> {
  return {
    async listRevisions(roundupId, page = {}) {
      // Newest first from the end of the key range, stopping at the page's size.
      const upper = page.before === undefined ? Number.MAX_SAFE_INTEGER : page.before - 1;
      if (upper < 0) return [];
      const range = IDBKeyRange.bound([roundupId, 0], [roundupId, upper]);
      const revisions = [];
      const transaction = database.transaction('revisions', 'readonly');
      for (let cursor = await transaction.store.openCursor(range, 'prev'); cursor !== null; cursor = await cursor.continue()) {
        revisions.push(revisionRecordSchema.parse(cursor.value).revision);
        if (page.limit !== undefined && revisions.length >= page.limit) break;
      }
      await transaction.done;
      return revisions;
    },

    async getRevision(roundupId, version) {
      // One transaction, so a pruning cannot take the contents between reading the revision and reading them.
      const transaction = database.transaction(['revisions', 'briefContents'], 'readonly');
      const row: unknown = await transaction.objectStore('revisions').get([roundupId, version]);
      if (row === undefined) {
        await transaction.done;
        return null;
      }
      const { revision } = revisionRecordSchema.parse(row);
      const stored: BriefContent[] = [];
      for (const hash of referencedHashes(revision)) {
        const content: unknown = await transaction.objectStore('briefContents').get([roundupId, hash]);
        if (content !== undefined) stored.push(contentRecordSchema.parse(content));
      }
      await transaction.done;
      return { revision, contents: revisionContents(revision, stored) };
    },

    async deleteRevisions(roundupId, versions) {
      const transaction = database.transaction(['revisions', 'briefContents'], 'readwrite');
      const revisions = transaction.objectStore('revisions');
      let deleted = 0;
      for (const version of new Set(versions)) {
        if ((await revisions.getKey([roundupId, version])) === undefined) continue;
        await revisions.delete([roundupId, version]);
        deleted += 1;
      }
      const remaining = await revisions.getAll(revisionKeysOf(roundupId));
      const referenced = new Set(remaining.flatMap((row) => referencedHashes(revisionRecordSchema.parse(row).revision)));
      const contents = transaction.objectStore('briefContents');
      for (let cursor = await contents.openCursor(contentKeysOf(roundupId)); cursor !== null; cursor = await cursor.continue()) {
        const [, hash] = cursor.primaryKey;
        if (!referenced.has(hash)) await cursor.delete();
      }
      await transaction.done;
      return deleted;
    },
  };
}
