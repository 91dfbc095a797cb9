import { compareSummaries } from './compare-summaries';
import { headlineMatches } from './headline-matches';
import type { IdempotencyRecord } from './idempotency-record';
import type { PhotoStorage } from './photo-storage';
import type { RoundupStorage } from './roundup-storage';
import type { StoredPhoto } from './stored-photo';
import type { StoredRoundup } from './stored-roundup';
import { summarizeRoundup } from './summarize-roundup';

export interface MemoryStorage {
  roundups: RoundupStorage;
  photos: PhotoStorage;
}

/**
 * Both storage ports over plain maps: the reference implementation every other adapter must behave like, and the
 * storage of unit tests. Values are copied in and out, as a real database would, so a caller can never change what
 * is stored by mutating an object it holds.
 */
export function createMemoryStorage(): MemoryStorage {
  const roundups = new Map<string, StoredRoundup>();
  const idempotencyRecords = new Map<string, IdempotencyRecord>();
  const photos = new Map<string, StoredPhoto>();

  const roundupStorage: RoundupStorage = {
    async list(query) {
      return [...roundups.values()]
        .map(summarizeRoundup)
        .filter((summary) => headlineMatches(summary.headline, query.headline))
        .sort(compareSummaries);
    },
    async get(id) {
      const roundup = roundups.get(id);
      return roundup === undefined ? null : structuredClone(roundup);
    },
    async insert(roundup) {
      if (roundups.has(roundup.id)) return false;
      roundups.set(roundup.id, structuredClone(roundup));
      return true;
    },
    async update(roundup, expectedVersion, idempotencyRecord) {
      const stored = roundups.get(roundup.id);
      if (stored === undefined || stored.version !== expectedVersion) return false;
      roundups.set(roundup.id, structuredClone(roundup));
      if (idempotencyRecord !== undefined) idempotencyRecords.set(idempotencyRecord.key, structuredClone(idempotencyRecord));
      return true;
    },
    async delete(id) {
      return roundups.delete(id);
    },
    async findIdempotencyRecord(key) {
      const record = idempotencyRecords.get(key);
      return record === undefined ? null : structuredClone(record);
    },
    async saveIdempotencyRecord(record) {
      idempotencyRecords.set(record.key, structuredClone(record));
    },
  };

  const photoStorage: PhotoStorage = {
    async insert(photo) {
      if (photos.has(photo.id)) return false;
      photos.set(photo.id, { ...photo, bytes: photo.bytes.slice() });
      return true;
    },
    async get(id) {
      const photo = photos.get(id);
      return photo === undefined ? null : { ...photo, bytes: photo.bytes.slice() };
    },
  };

  return { roundups: roundupStorage, photos: photoStorage };
}
