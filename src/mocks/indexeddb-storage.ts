import { openDB, type IDBPDatabase } from 'idb';
import { z } from 'zod/mini';
import { deletionRecordSchema } from '../contract/deletion-endpoints';
import { roundupEventSchema } from '../contract/workflow-endpoints';
import { newestDeletionFirst } from '../services/compare-deletions';
import { compareEvents, newestEventFirst } from '../services/compare-events';
import { idempotencyRecordSchema } from '../services/idempotency-record';
import type { PhotoStorage } from '../services/photo-storage';
import type { LockStorage } from '../services/lock-storage';
import type { MarkerStore } from '../services/marker-store';
import { createIndexedDbLockStorage } from './indexeddb-lock-storage';
import type { CommentStorage } from '../services/comment-storage';
import { createIndexedDbCommentStorage } from './indexeddb-comment-storage';
import { contentKeysOf, createIndexedDbRevisions, recordRevision, revisionKeysOf } from './indexeddb-revisions';
import type { RoundupStorage } from '../services/roundup-storage';
import { countListStatuses, selectListPage } from '../services/select-list-page';
import { storedRoundupSchema } from '../services/stored-roundup';
import { summarizeRoundup } from '../services/summarize-roundup';
import type { UserStorage } from '../services/user-storage';
import { createIndexedDbPhotoStorage } from './indexeddb-photo-storage';
import { createIndexedDbUserStorage } from './indexeddb-user-storage';
import { mockDatabaseStores, mockDatabaseVersion, type MockDatabase } from './mock-database';
import { upgradeMockDatabase } from './upgrade-mock-database';

export const mockDatabaseName = 'bureau-mock';

const markerRecordSchema = z.object({ name: z.string(), value: z.string() });

/** Small named facts about the database itself, such as when the demo data was seeded. */
export interface IndexedDbStorage {
  roundups: RoundupStorage;
  photos: PhotoStorage;
  users: UserStorage;
  markers: MarkerStore;
  locks: LockStorage;
  comments: CommentStorage;
  /** Empties every store (accounts and sessions too) in one transaction: the "reset demo data" button. */
  clear(): Promise<void>;
  close(): void;
}

function createRoundupStorage(database: IDBPDatabase<MockDatabase>): RoundupStorage {
  // A browser's demo holds a few dozen roundups: filtering and paging in memory is the simple way, and exact.
  async function summaries() {
    const rows = await database.getAll('roundups');
    return rows.map((row) => summarizeRoundup(storedRoundupSchema.parse(row)));
  }

  return {
    async list(query) {
      return selectListPage(await summaries(), query);
    },

    async countByStatus(filter) {
      return countListStatuses(await summaries(), filter);
    },

    async get(id) {
      const row = await database.get('roundups', id);
      return row === undefined ? null : storedRoundupSchema.parse(row);
    },

    async insert(roundup, revision) {
      const transaction = database.transaction(['roundups', 'revisions', 'briefContents'], 'readwrite');
      const roundups = transaction.objectStore('roundups');
      if ((await roundups.getKey(roundup.id)) !== undefined) {
        await transaction.done;
        return false;
      }
      await Promise.all([
        roundups.add(roundup),
        recordRevision(transaction.objectStore('revisions'), transaction.objectStore('briefContents'), roundup.id, revision),
        transaction.done,
      ]);
      return true;
    },

    async update(roundup, expected, extras = {}) {
      // Read, compare and write in one readwrite transaction: IndexedDB runs overlapping readwrite transactions
      // on the same store one after another, so a second save from the same version sees the first one's write.
      const transaction = database.transaction(['roundups', 'idempotency', 'events', 'revisions', 'briefContents'], 'readwrite');
      const roundups = transaction.objectStore('roundups');
      const row = await roundups.get(roundup.id);
      const stored = row === undefined ? null : storedRoundupSchema.parse(row);
      if (stored === null || stored.version !== expected.version || stored.workflowRevision !== expected.workflowRevision) {
        await transaction.done;
        return false;
      }
      const events = transaction.objectStore('events');
      await Promise.all([
        roundups.put(roundup),
        extras.idempotencyRecord === undefined ? undefined : transaction.objectStore('idempotency').put(extras.idempotencyRecord),
        ...(extras.events ?? []).map((event) => events.put(event)),
        recordRevision(transaction.objectStore('revisions'), transaction.objectStore('briefContents'), roundup.id, extras.revision),
        transaction.done,
      ]);
      return true;
    },

    async listEvents(roundupId) {
      const rows = await database.getAll('events', IDBKeyRange.bound([roundupId, 0], [roundupId, Number.MAX_SAFE_INTEGER]));
      return rows.map((row) => roundupEventSchema.parse(row)).sort(compareEvents);
    },

    async recentEvents(limit) {
      const rows = await database.getAll('events');
      return rows
        .map((row) => roundupEventSchema.safeParse(row))
        .flatMap((event) => (event.success ? [event.data] : []))
        .sort(newestEventFirst)
        .slice(0, limit);
    },

    ...createIndexedDbRevisions(database),

    async delete(id, expected, record) {
      const transaction = database.transaction(['roundups', 'events', 'revisions', 'briefContents', 'deletions'], 'readwrite');
      const row = await transaction.objectStore('roundups').get(id);
      const stored = row === undefined ? null : storedRoundupSchema.parse(row);
      if (stored === null || stored.version !== expected.version || stored.workflowRevision !== expected.workflowRevision) {
        await transaction.done;
        return false;
      }
      await Promise.all([
        transaction.objectStore('deletions').add(record),
        transaction.objectStore('roundups').delete(id),
        transaction.objectStore('events').delete(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER])),
        transaction.objectStore('revisions').delete(revisionKeysOf(id)),
        transaction.objectStore('briefContents').delete(contentKeysOf(id)),
        transaction.done,
      ]);
      return true;
    },

    async listDeletions(limit) {
      const rows = await database.getAll('deletions');
      return rows.map((row) => deletionRecordSchema.parse(row)).sort(newestDeletionFirst).slice(0, limit);
    },

    async findIdempotencyRecord(key) {
      const row = await database.get('idempotency', key);
      if (row === undefined) return null;
      const record = idempotencyRecordSchema.safeParse(row);
      // A record written by an older build is only a retry hint: dropping it is safe, failing the save is not.
      return record.success ? record.data : null;
    },

    async saveIdempotencyRecord(record) {
      await database.put('idempotency', record);
    },

    async deleteIdempotencyRecordsBefore(cutoff) {
      const limit = Date.parse(cutoff);
      const transaction = database.transaction('idempotency', 'readwrite');
      let deleted = 0;
      for (let cursor = await transaction.store.openCursor(); cursor !== null; cursor = await cursor.continue()) {
        const record = idempotencyRecordSchema.safeParse(cursor.value);
        if (!record.success || Date.parse(record.data.createdAt) < limit) {
          await cursor.delete();
          deleted += 1;
        }
      }
      await transaction.done;
      return deleted;
    },
  };
}

function createMarkerStore(database: IDBPDatabase<MockDatabase>): MarkerStore {
  return {
    async get(name) {
      const row = await database.get('markers', name);
      return row === undefined ? null : markerRecordSchema.parse(row).value;
    },
    async put(name, value) {
      await database.put('markers', { name, value });
    },
  };
}

/**
 * Every storage port over IndexedDB (via `idb`), for the in-browser mock backend. Open one per page; tests use
 * `fake-indexeddb` and a database name of their own. Opening upgrades a database an older build left behind.
 */
export async function openIndexedDbStorage(options: { databaseName?: string } = {}): Promise<IndexedDbStorage> {
  const database = await openDB<MockDatabase>(options.databaseName ?? mockDatabaseName, mockDatabaseVersion, {
    upgrade(upgrading, oldVersion, _newVersion, transaction) {
      upgradeMockDatabase(upgrading, oldVersion, transaction);
    },
    // A newer build opened in another tab wants to upgrade the database: let it, rather than block it forever.
    blocking() {
      database.close();
    },
  });

  return {
    roundups: createRoundupStorage(database),
    photos: createIndexedDbPhotoStorage(database),
    users: createIndexedDbUserStorage(database),
    markers: createMarkerStore(database),
    locks: createIndexedDbLockStorage(database),
    comments: createIndexedDbCommentStorage(database),
    async clear() {
      const transaction = database.transaction([...mockDatabaseStores], 'readwrite');
      await Promise.all([...mockDatabaseStores.map((store) => transaction.objectStore(store).clear()), transaction.done]);
    },
    close() {
      database.close();
    },
  };
}
