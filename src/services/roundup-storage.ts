import type { RoundupSummary } from '../contract/roundup-endpoints';
import type { IdempotencyRecord } from './idempotency-record';
import type { StoredRoundup } from './stored-roundup';

export interface RoundupListQuery {
  /** Case-insensitive substring of the headline (see `headlineMatches`); absent or empty lists everything. */
  headline?: string;
}

/**
 * Where roundups live. The rules in `roundup-service.ts` run over this port unchanged in the browser mock
 * (IndexedDB), in tests (memory) and on the server (SQLite, PostgreSQL). Every method is atomic on its own.
 */
export interface RoundupStorage {
  /** Summaries (see `summarizeRoundup`), most recently updated first, ties broken by id. */
  list(query: RoundupListQuery): Promise<RoundupSummary[]>;

  get(id: string): Promise<StoredRoundup | null>;

  /** Adds a roundup; false (and nothing written) when the id is taken. */
  insert(roundup: StoredRoundup): Promise<boolean>;

  /**
   * Compare-and-set: replaces the roundup only if its stored version is still `expectedVersion`, and in the same
   * atomic step stores `idempotencyRecord` when given. Returns whether it won; a loser writes nothing, so two
   * saves based on the same version can never both succeed.
   *
   * `previous`, when the caller has it, is the roundup exactly as stored at `expectedVersion` (objects never mutated
   * since): an adapter that stores a body brief by brief may then write only the briefs that differ. It is ignored
   * unless its id and version match; the compare-and-set guarantees it describes what the write replaces.
   */
  update(
    roundup: StoredRoundup,
    expectedVersion: number,
    idempotencyRecord?: IdempotencyRecord,
    previous?: StoredRoundup,
  ): Promise<boolean>;

  /** False when there was nothing to delete. */
  delete(id: string): Promise<boolean>;

  findIdempotencyRecord(key: string): Promise<IdempotencyRecord | null>;

  /** Stores (or replaces) the record under `record.key`. */
  saveIdempotencyRecord(record: IdempotencyRecord): Promise<void>;

  /** Forgets records created before `cutoff` (ISO, compared as an instant); returns how many went. */
  deleteIdempotencyRecordsBefore(cutoff: string): Promise<number>;
}
