import type Database from 'better-sqlite3';
import { z } from 'zod';
import { deletionRecordSchema, type DeletionRecord } from '../../../contract/deletion-endpoints';
import { roundupStatuses, roundupStatusSchema, type RoundupStatus } from '../../../schema/roundup-status';
import type { IdempotencyRecord } from '../../../services/idempotency-record';
import type { RoundupRevision, RoundupStorage, RoundupUpdateExtras } from '../../../services/roundup-storage';
import { referencedHashes, revisionContents } from '../../../services/revision-contents';
import type { StoredRoundup } from '../../../services/stored-roundup';
import { storedRevisionSchema, type RevisionWrite } from '../../../services/stored-revision';
import { allBodyRows, bodyJsonFromRows, bodyRowWrites, trustedPrevious, type BodyRow } from '../body-rows';
import { roundupListColumns } from '../roundup-list-columns';
import { roundupCountSql, roundupListSql, type ListSql } from '../roundup-list-sql';
import { jsonTextColumn } from './json-text-column';
import { sqliteListDialect as listDialect } from './sqlite-list-dialect';
import { sqliteRows } from './sqlite-rows';

const revisionRowSchema = z.object({ revision: jsonTextColumn.pipe(storedRevisionSchema) });
const contentRowSchema = z.object({ hash: z.string(), content: z.string() });
const countRowSchema = z.object({ status: roundupStatusSchema, count: z.number() });
const deletionRowSchema = z.object({
  roundup_id: z.string(),
  headline: z.string(),
  status: z.string(),
  owner_id: z.string(),
  deleted_at: z.string(),
  deleted_by_id: z.string(),
  deleted_by_name: z.string(),
  deleted_by_role: z.string(),
});

function deletionParameters(record: DeletionRecord) {
  return {
    roundupId: record.roundupId,
    headline: record.headline,
    status: record.status,
    ownerId: record.ownerId,
    deletedAt: record.deletedAt,
    deletedById: record.deletedBy.id,
    deletedByName: record.deletedBy.name,
    deletedByRole: record.deletedBy.role,
  };
}

function deletionFromRow(row: unknown): DeletionRecord {
  const columns = deletionRowSchema.parse(row);
  return deletionRecordSchema.parse({
    roundupId: columns.roundup_id,
    headline: columns.headline,
    status: columns.status,
    ownerId: columns.owner_id,
    deletedAt: columns.deleted_at,
    deletedBy: { id: columns.deleted_by_id, name: columns.deleted_by_name, role: columns.deleted_by_role },
  });
}

function roundupParameters(roundup: StoredRoundup) {
  const { headlineSearch, briefCount, regionKey, reviewerId, scheduledFor } = roundupListColumns(roundup);
  return {
    id: roundup.id,
    ownerId: roundup.ownerId,
    status: roundup.status,
    version: roundup.version,
    schemaVersion: roundup.schemaVersion,
    headlineSearch,
    briefCount,
    regionKey,
    reviewerId,
    scheduledFor,
    meta: JSON.stringify(roundup.meta),
    workflow: JSON.stringify(roundup.workflow),
    workflowRevision: roundup.workflowRevision,
    createdAt: roundup.createdAt,
    updatedAt: roundup.updatedAt,
  };
}

type RoundupParameters = ReturnType<typeof roundupParameters>;

function idempotencyParameters(record: IdempotencyRecord) {
  return {
    key: record.key,
    requestFingerprint: record.requestFingerprint,
    roundupId: record.roundupId,
    result: JSON.stringify(record.result),
    createdAt: record.createdAt,
  };
}

/** `RoundupStorage` over SQLite. Every write runs in an IMMEDIATE transaction or is a single statement. */
export function createSqliteRoundupStorage(database: Database.Database): RoundupStorage {
  // One prepared statement per combination of filters present, so that each gets the plan (and index) it needs.
  const listStatements = new Map<string, Database.Statement<unknown[]>>();
  function prepared(query: ListSql): Database.Statement<unknown[]> {
    let statement = listStatements.get(query.shape);
    if (statement === undefined) {
      statement = database.prepare<unknown[]>(query.sql);
      listStatements.set(query.shape, statement);
    }
    return statement;
  }
  const getStatement = database.prepare<[string]>(`
    SELECT id, owner_id, status, version, schema_version, meta, workflow, workflow_revision, created_at, updated_at
    FROM roundups WHERE id = ?`);
  const bodyRowsStatement = database
    .prepare<[string], string>('SELECT content FROM roundup_briefs WHERE roundup_id = ? ORDER BY position')
    .pluck();
  const insertStatement = database.prepare<RoundupParameters>(`
    INSERT INTO roundups
      (id, owner_id, status, version, schema_version, headline_search, brief_count, region_key, reviewer_id, scheduled_for,
       meta, workflow, workflow_revision, created_at, updated_at)
    VALUES
      (@id, @ownerId, @status, @version, @schemaVersion, @headlineSearch, @briefCount, @regionKey, @reviewerId, @scheduledFor,
       @meta, @workflow, @workflowRevision, @createdAt, @updatedAt)
    ON CONFLICT (id) DO NOTHING`);
  const updateStatement = database.prepare<RoundupParameters & { expectedVersion: number; expectedWorkflowRevision: number }>(`
    UPDATE roundups SET
      owner_id = @ownerId, status = @status, version = @version, schema_version = @schemaVersion,
      headline_search = @headlineSearch, brief_count = @briefCount, region_key = @regionKey, reviewer_id = @reviewerId, scheduled_for = @scheduledFor,
      meta = @meta, workflow = @workflow,
      workflow_revision = @workflowRevision, created_at = @createdAt, updated_at = @updatedAt
    WHERE id = @id AND version = @expectedVersion AND workflow_revision = @expectedWorkflowRevision`);
  const insertEventStatement = database.prepare<{ roundupId: string; revision: number; event: string }>(
    'INSERT INTO roundup_events (roundup_id, revision, event) VALUES (@roundupId, @revision, @event)',
  );
  const recentEventsStatement = database.prepare<[number]>(`
    SELECT event FROM roundup_events
    ORDER BY unixepoch(json_extract(event, '$.at'), 'subsec') DESC, revision DESC, roundup_id
    LIMIT ?`);
  const listEventsStatement = database.prepare<[string]>(
    'SELECT event FROM roundup_events WHERE roundup_id = ? ORDER BY revision',
  );
  const writeBodyRowStatement = database.prepare<{ roundupId: string } & BodyRow>(`
    INSERT INTO roundup_briefs (roundup_id, position, content) VALUES (@roundupId, @position, @content)
    ON CONFLICT (roundup_id, position) DO UPDATE SET content = excluded.content`);
  const deleteBodyRowsStatement = database.prepare<[string, number]>(
    'DELETE FROM roundup_briefs WHERE roundup_id = ? AND position >= ?',
  );
  function writeBodyRows(roundupId: string, rows: readonly BodyRow[], deleteFrom: number | null): void {
    for (const row of rows) writeBodyRowStatement.run({ roundupId, ...row });
    if (deleteFrom !== null) deleteBodyRowsStatement.run(roundupId, deleteFrom);
  }
  const writeRevisionStatement = database.prepare<{ roundupId: string; version: number; revision: string }>(`
    INSERT INTO roundup_revisions (roundup_id, version, revision) VALUES (@roundupId, @version, @revision)
    ON CONFLICT (roundup_id, version) DO UPDATE SET revision = excluded.revision`);
  const writeContentStatement = database.prepare<{ roundupId: string; hash: string; content: string }>(`
    INSERT INTO roundup_brief_contents (roundup_id, hash, content) VALUES (@roundupId, @hash, @content)
    ON CONFLICT (roundup_id, hash) DO NOTHING`);
  function writeRevision(roundupId: string, write: RevisionWrite | undefined): void {
    if (write === undefined) return;
    for (const { hash, json } of write.contents) writeContentStatement.run({ roundupId, hash, content: json });
    writeRevisionStatement.run({ roundupId, version: write.revision.version, revision: JSON.stringify(write.revision) });
  }
  /** Versions below the second parameter, at most the third (-1: no limit). */
  const listRevisionsStatement = database.prepare<[string, number, number]>(
    'SELECT revision FROM roundup_revisions WHERE roundup_id = ? AND version < ? ORDER BY version DESC LIMIT ?',
  );
  const getRevisionStatement = database.prepare<[string, number]>(
    'SELECT revision FROM roundup_revisions WHERE roundup_id = ? AND version = ?',
  );
  /** The second parameter is a JSON array of hashes. */
  const contentsStatement = database.prepare<[string, string]>(
    'SELECT hash, content FROM roundup_brief_contents WHERE roundup_id = ? AND hash IN (SELECT value FROM json_each(?))',
  );
  /** The second parameter is a JSON array of versions. */
  const deleteRevisionsStatement = database.prepare<[string, string]>(
    'DELETE FROM roundup_revisions WHERE roundup_id = ? AND version IN (SELECT value FROM json_each(?))',
  );
  const deleteUnreferencedContentsStatement = database.prepare<{ roundupId: string }>(`
    DELETE FROM roundup_brief_contents AS content
    WHERE roundup_id = @roundupId AND NOT EXISTS (
      SELECT 1 FROM roundup_revisions AS kept, json_each(kept.revision, '$.briefRefs') AS ref
      WHERE kept.roundup_id = @roundupId AND json_extract(ref.value, '$.hash') = content.hash)`);
  const pruneRevisions = database.transaction((roundupId: string, versions: readonly number[]): number => {
    const deleted = deleteRevisionsStatement.run(roundupId, JSON.stringify(versions)).changes;
    deleteUnreferencedContentsStatement.run({ roundupId });
    return deleted;
  });
  const insertWithBody = database.transaction((roundup: StoredRoundup, revision: RevisionWrite | undefined): boolean => {
    if (insertStatement.run(roundupParameters(roundup)).changes !== 1) return false;
    writeBodyRows(roundup.id, allBodyRows(roundup), null);
    writeRevision(roundup.id, revision);
    return true;
  });
  const deleteStatement = database.prepare<[string, number, number]>(
    'DELETE FROM roundups WHERE id = ? AND version = ? AND workflow_revision = ?',
  );
  const insertDeletionStatement = database.prepare<ReturnType<typeof deletionParameters>>(`
    INSERT INTO roundup_deletions
      (roundup_id, headline, status, owner_id, deleted_at, deleted_by_id, deleted_by_name, deleted_by_role)
    VALUES (@roundupId, @headline, @status, @ownerId, @deletedAt, @deletedById, @deletedByName, @deletedByRole)`);
  const deleteAndRecord = database.transaction((id: string, expected: RoundupRevision, record: DeletionRecord): boolean => {
    // Events, body rows, revisions and brief contents go by ON DELETE CASCADE.
    if (deleteStatement.run(id, expected.version, expected.workflowRevision).changes !== 1) return false;
    insertDeletionStatement.run(deletionParameters(record));
    return true;
  });
  const listDeletionsStatement = database.prepare<[number]>(`
    SELECT roundup_id, headline, status, owner_id, deleted_at, deleted_by_id, deleted_by_name, deleted_by_role
    FROM roundup_deletions ORDER BY unixepoch(deleted_at, 'subsec') DESC, roundup_id LIMIT ?`);
  const findIdempotencyStatement = database.prepare<[string]>(`
    SELECT key, request_fingerprint, roundup_id, result, created_at FROM idempotency_records WHERE key = ?`);
  const saveIdempotencyStatement = database.prepare<ReturnType<typeof idempotencyParameters>>(`
    INSERT INTO idempotency_records (key, request_fingerprint, roundup_id, result, created_at)
    VALUES (@key, @requestFingerprint, @roundupId, @result, @createdAt)
    ON CONFLICT (key) DO UPDATE SET
      request_fingerprint = excluded.request_fingerprint, roundup_id = excluded.roundup_id,
      result = excluded.result, created_at = excluded.created_at`);

  const compareAndSet = database.transaction(
    (roundup: StoredRoundup, expected: RoundupRevision, extras: RoundupUpdateExtras, previous: StoredRoundup | undefined): boolean => {
      const parameters = { ...roundupParameters(roundup), expectedVersion: expected.version, expectedWorkflowRevision: expected.workflowRevision };
      if (updateStatement.run(parameters).changes !== 1) return false;
      const { rows, deleteFrom } = bodyRowWrites(roundup, previous);
      writeBodyRows(roundup.id, rows, deleteFrom);
      if (extras.idempotencyRecord !== undefined) saveIdempotencyStatement.run(idempotencyParameters(extras.idempotencyRecord));
      for (const event of extras.events ?? []) {
        insertEventStatement.run({ roundupId: event.roundupId, revision: event.revision, event: JSON.stringify(event) });
      }
      writeRevision(roundup.id, extras.revision);
      return true;
    },
  );

  const pruneIdempotencyStatement = database.prepare(
    "DELETE FROM idempotency_records WHERE unixepoch(created_at, 'subsec') < unixepoch(?, 'subsec')",
  );

  return {
    async list(query) {
      const sql = roundupListSql(listDialect, query);
      return prepared(sql).all(...sql.values).map(sqliteRows.toSummary);
    },

    async countByStatus(filter) {
      const sql = roundupCountSql(listDialect, filter);
      const counts = Object.fromEntries(roundupStatuses.map((status) => [status, 0])) as Record<RoundupStatus, number>;
      for (const row of prepared(sql).all(...sql.values)) {
        const { status, count } = countRowSchema.parse(row);
        counts[status] = count;
      }
      return counts;
    },

    async get(id) {
      const read = database.transaction(() => {
        const row = getStatement.get(id);
        return row === undefined ? null : { ...(row as object), body: bodyJsonFromRows(bodyRowsStatement.all(id)) };
      });
      // Both reads in one transaction: the row and its body rows of the same version.
      const row = read.deferred();
      return row === null ? null : sqliteRows.toStoredRoundup(row);
    },

    async insert(roundup, revision) {
      return insertWithBody.immediate(roundup, revision);
    },

    async update(roundup, expected, extras = {}) {
      return compareAndSet.immediate(roundup, expected, extras, trustedPrevious(roundup, expected, extras.previous));
    },

    async listEvents(roundupId) {
      return listEventsStatement.all(roundupId).map(sqliteRows.toEvent);
    },

    async recentEvents(limit) {
      return recentEventsStatement.all(limit).map(sqliteRows.toEvent);
    },

    async listRevisions(roundupId, page = {}) {
      return listRevisionsStatement
        .all(roundupId, page.before ?? Number.MAX_SAFE_INTEGER, page.limit ?? -1)
        .map((row) => revisionRowSchema.parse(row).revision);
    },

    async getRevision(roundupId, version) {
      const read = database.transaction(() => {
        const row = getRevisionStatement.get(roundupId, version);
        if (row === undefined) return null;
        const { revision } = revisionRowSchema.parse(row);
        const rows = contentsStatement.all(roundupId, JSON.stringify(referencedHashes(revision)));
        return { revision, rows };
      });
      // Both reads in one transaction: a pruning in between could otherwise take the contents of the revision just read.
      const found = read.deferred();
      if (found === null) return null;
      const stored = found.rows.map((row) => {
        const { hash, content } = contentRowSchema.parse(row);
        return { hash, json: content };
      });
      return { revision: found.revision, contents: revisionContents(found.revision, stored) };
    },

    async deleteRevisions(roundupId, versions) {
      return pruneRevisions.immediate(roundupId, versions);
    },

    async delete(id, expected, record) {
      return deleteAndRecord.immediate(id, expected, record);
    },

    async listDeletions(limit) {
      return listDeletionsStatement.all(limit).map(deletionFromRow);
    },

    async findIdempotencyRecord(key) {
      const row = findIdempotencyStatement.get(key);
      if (row === undefined) return null;
      return sqliteRows.toIdempotencyRecord(row);
    },

    async saveIdempotencyRecord(record) {
      saveIdempotencyStatement.run(idempotencyParameters(record));
    },

    async deleteIdempotencyRecordsBefore(cutoff) {
      return pruneIdempotencyStatement.run(cutoff).changes;
    },
  };
}
