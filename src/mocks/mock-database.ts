import type { DBSchema } from 'idb';

/**
 * The IndexedDB database of the browser mock. Values are `unknown` on purpose: whatever comes out of IndexedDB
 * is parsed before use, never trusted (it may have been written by an older build).
 *
 * Version 1: roundups, idempotency, photos (metadata and bytes in one record), markers.
 * Version 2: photos hold metadata only and their files move to `photoFiles`; users and sessions.
 * Version 3: `events`, the review history (roundups gain `workflow` and `workflowRevision`, defaulted on read).
 * Version 4: `locks`, edit locks by roundup id.
 * Version 5: `revisions` and their `briefContents`; `commentThreads`.
 * Version 6: sessions indexed by `userId` (a deactivated account loses them all); users gain `active`,
 * `deactivatedAt`, `lastSignedInAt` and `passwordChangedAt` (defaulted on read).
 * Version 7: `deletions`, the log of deleted roundups (kept after their records are gone).
 */
export interface MockDatabase extends DBSchema {
  roundups: { key: string; value: unknown };
  idempotency: { key: string; value: unknown };
  photos: { key: string; value: unknown };
  /** One record per file of a photo, keyed `[photoId, name]`, so reading metadata never loads bytes. */
  photoFiles: { key: [string, string]; value: unknown };
  /** Indexed by the lower-cased email, unique. */
  users: { key: string; value: unknown; indexes: { emailKey: string } };
  /** Indexed by expiry in epoch milliseconds, for sweeping expired sessions. */
  sessions: { key: string; value: unknown; indexes: { expiresAtMs: number; userId: string } };
  markers: { key: string; value: unknown };
  /** Keyed `[roundupId, revision]`, so one roundup's history is a key range, in order. */
  events: { key: [string, number]; value: unknown };
  locks: { key: string; value: unknown };
  /** Records `{ roundupId, version, revision }` keyed `[roundupId, version]`: one roundup's revisions are a key range. */
  revisions: { key: [string, number]; value: unknown };
  /** Records `{ roundupId, hash, json }` keyed `[roundupId, hash]`: stored once per roundup and hash. */
  briefContents: { key: [string, string]; value: unknown };
  /** Threads keyed by id, indexed by roundup. */
  commentThreads: { key: string; value: unknown; indexes: { roundupId: string } };
  /** Deletion records under an auto-incremented key, in the order they were made. */
  deletions: { key: number; value: unknown };
}

export const mockDatabaseVersion = 7;

export const mockDatabaseStores = [
  'roundups',
  'idempotency',
  'photos',
  'photoFiles',
  'users',
  'sessions',
  'markers',
  'events',
  'locks',
  'revisions',
  'briefContents',
  'commentThreads',
  'deletions',
] as const;
