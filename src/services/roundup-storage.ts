import type { RoundupSummary } from '../contract/roundup-endpoints';
import type { RoundupEvent } from '../contract/workflow-endpoints';
import type { RoundupStatus } from '../schema/roundup-status';
import type { DeletionRecord } from '../contract/deletion-endpoints';
import type { IdempotencyRecord } from './idempotency-record';
import type { StoredRoundup } from './stored-roundup';
import type { BriefContent, RevisionWrite, StoredRevision } from './stored-revision';

/** The two counters a write is conditional on: the document's version and the review's revision. */
export interface RoundupRevision {
  version: number;
  workflowRevision: number;
}

/** What a write carries besides the roundup, stored in the same atomic step. */
export interface RoundupUpdateExtras {
  idempotencyRecord?: IdempotencyRecord;
  /**
   * The roundup exactly as stored at the expected revision (objects never mutated since), when the caller has it:
   * an adapter that stores a body brief by brief may then write only the briefs that differ. Ignored unless its id
   * and revision match; the compare-and-set guarantees it describes what the write replaces.
   */
  previous?: StoredRoundup;
  /** Steps of the review to append to the roundup's history. */
  events?: readonly RoundupEvent[];
  /** The revision this write makes (a write that changes the document), with the brief contents it needs. */
  revision?: RevisionWrite;
}

/** The list's filters other than the status (see `matchesListFilter`, the reference meaning). */
export interface RoundupListFilter {
  /** Case-insensitive substring of the headline (see `headlineMatches`); absent or empty lists everything. */
  headline?: string;
  /** The region exactly, compared with the stored region trimmed. */
  region?: string;
  ownerId?: string;
  /** The desk who started the review (`reviewerIdOf`). */
  reviewerId?: string;
  /** Last change at or after this instant (ISO). */
  updatedFrom?: string;
  /** Last change strictly before this instant (ISO). */
  updatedBefore?: string;
  /** Only these roundups. */
  ids?: readonly string[];
}

/** Where a page of the list ends: the last summary's time of change and id. */
export interface RoundupListPosition {
  updatedAt: string;
  id: string;
}

export interface RoundupListQuery extends RoundupListFilter {
  status?: RoundupStatus;
  /** Only roundups embargoed until this instant or earlier (ISO): with status `scheduled`, the ones now due. */
  scheduledBy?: string;
  /** Only the summaries after this position in list order (keyset paging). */
  after?: RoundupListPosition;
  /** At most this many; absent lists every match. */
  limit?: number;
}

export interface RevisionPageQuery {
  /** Only versions lower than this. */
  before?: number;
  /** At most this many; absent lists every match. */
  limit?: number;
}

/**
 * Where roundups live. The rules in `roundup-service.ts` run over this port unchanged in the browser mock
 * (IndexedDB), in tests (memory) and on the server (SQLite, PostgreSQL). Every method is atomic on its own.
 */
export interface RoundupStorage {
  /**
   * Summaries (see `summarizeRoundup`) that match the query, most recently updated first, ties broken by id
   * (`compareSummaries`). Databases filter, order and limit in the query itself.
   */
  list(query: RoundupListQuery): Promise<RoundupSummary[]>;

  /** How many roundups match the filter, per status (every status present, 0 when none). */
  countByStatus(filter: RoundupListFilter): Promise<Record<RoundupStatus, number>>;

  get(id: string): Promise<StoredRoundup | null>;

  /** Adds a roundup, and its first revision when given; false (and nothing written) when the id is taken. */
  insert(roundup: StoredRoundup, revision?: RevisionWrite): Promise<boolean>;

  /**
   * Compare-and-set: replaces the roundup (document, status and workflow) only if its stored version and workflow
   * revision are still `expected`, and in the same atomic step stores the extras. Returns whether it won; a loser
   * writes nothing, so two writes based on the same revision can never both succeed.
   */
  update(roundup: StoredRoundup, expected: RoundupRevision, extras?: RoundupUpdateExtras): Promise<boolean>;

  /** The review history of a roundup, oldest first; empty for an unknown id. Deleted with the roundup. */
  listEvents(roundupId: string): Promise<RoundupEvent[]>;

  /** The latest review steps across all roundups, newest first (by time, then revision), at most `limit`. */
  recentEvents(limit: number): Promise<RoundupEvent[]>;

  /** The revisions of a roundup, newest first (a page of them when asked); empty for an unknown id. Deleted with the roundup. */
  listRevisions(roundupId: string, page?: RevisionPageQuery): Promise<StoredRevision[]>;

  /** One revision and the contents of its briefs (by hash), or null when there is no such revision. */
  getRevision(roundupId: string, version: number): Promise<{ revision: StoredRevision; contents: BriefContent[] } | null>;

  /**
   * Forgets the given revisions of a roundup (pruning), and every brief content no remaining revision references.
   * Returns how many revisions went.
   */
  deleteRevisions(roundupId: string, versions: readonly number[]): Promise<number>;

  /**
   * Compare-and-delete: deletes the roundup only if its stored version and workflow revision are still `expected`
   * (so a roundup published meanwhile is never deleted on the strength of an older check), and in the same atomic
   * step appends `record` to the deletion log, which outlives the roundup. False (and nothing written) when there is
   * no such roundup or it moved on. Its history and revisions go with it.
   */
  delete(id: string, expected: RoundupRevision, record: DeletionRecord): Promise<boolean>;

  /** The deletion log, newest first (by time, then roundup id), at most `limit`. */
  listDeletions(limit: number): Promise<DeletionRecord[]>;

  findIdempotencyRecord(key: string): Promise<IdempotencyRecord | null>;

  /** Stores (or replaces) the record under `record.key`. */
  saveIdempotencyRecord(record: IdempotencyRecord): Promise<void>;

  /** Forgets records created before `cutoff` (ISO, compared as an instant); returns how many went. */
  deleteIdempotencyRecordsBefore(cutoff: string): Promise<number>;
}
