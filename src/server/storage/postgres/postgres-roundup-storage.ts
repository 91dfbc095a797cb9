import type pg from 'pg';
import { z } from 'zod';
import { deletionRecordSchema, type DeletionRecord } from '../../../contract/deletion-endpoints';
import { roundupStatuses, roundupStatusSchema, type RoundupStatus } from '../../../schema/roundup-status';
import type { IdempotencyRecord } from '../../../services/idempotency-record';
import type { RoundupStorage } from '../../../services/roundup-storage';
import { firstContentPerHash, revisionContents } from '../../../services/revision-contents';
import type { StoredRoundup } from '../../../services/stored-roundup';
import { storedRevisionSchema, type RevisionWrite } from '../../../services/stored-revision';
import { allBodyRows, bodyRowWrites, trustedPrevious, type BodyRow } from '../body-rows';
import { roundupListColumns } from '../roundup-list-columns';
import { roundupCountSql, roundupListSql } from '../roundup-list-sql';
import { postgresListDialect as listDialect } from './postgres-list-dialect';
import { postgresRows } from './postgres-rows';
import { withTransaction } from './with-transaction';

type Row = Record<string, unknown>;

const revisionRowSchema = z.object({ revision: storedRevisionSchema });
const revisionWithContentsRowSchema = z.object({
  revision: storedRevisionSchema,
  contents: z.array(z.object({ hash: z.string(), json: z.string() })),
});

const countRowSchema = z.object({ status: roundupStatusSchema, count: z.coerce.number().int() });
const deletionRowSchema = z.object({
  roundup_id: z.string(),
  headline: z.string(),
  status: z.string(),
  owner_id: z.string(),
  deleted_at: z.date(),
  deleted_by_id: z.string(),
  deleted_by_name: z.string(),
  deleted_by_role: z.string(),
});

function deletionFromRow(row: unknown): DeletionRecord {
  const columns = deletionRowSchema.parse(row);
  return deletionRecordSchema.parse({
    roundupId: columns.roundup_id,
    headline: columns.headline,
    status: columns.status,
    ownerId: columns.owner_id,
    deletedAt: columns.deleted_at.toISOString(),
    deletedBy: { id: columns.deleted_by_id, name: columns.deleted_by_name, role: columns.deleted_by_role },
  });
}

/** $1 … $15 of the insert and the update, in column order. JSON goes as text, which PostgreSQL parses into jsonb. */
function roundupValues(roundup: StoredRoundup): unknown[] {
  const { headlineSearch, briefCount, regionKey, reviewerId, scheduledFor } = roundupListColumns(roundup);
  return [
    roundup.id,
    roundup.ownerId,
    roundup.status,
    roundup.version,
    roundup.schemaVersion,
    headlineSearch,
    briefCount,
    JSON.stringify(roundup.meta),
    JSON.stringify(roundup.workflow),
    roundup.workflowRevision,
    roundup.createdAt,
    roundup.updatedAt,
    regionKey,
    reviewerId,
    scheduledFor,
  ];
}

const saveIdempotencyRecordSql = `
  INSERT INTO idempotency_records (key, request_fingerprint, roundup_id, result, created_at)
  VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (key) DO UPDATE SET
    request_fingerprint = excluded.request_fingerprint, roundup_id = excluded.roundup_id,
    result = excluded.result, created_at = excluded.created_at`;

function idempotencyValues(record: IdempotencyRecord): unknown[] {
  return [record.key, record.requestFingerprint, record.roundupId, JSON.stringify(record.result), record.createdAt];
}

const updateRoundupSql = `
  UPDATE roundups SET
    owner_id = $2, status = $3, version = $4, schema_version = $5, headline_search = $6, brief_count = $7,
    meta = $8, workflow = $9, workflow_revision = $10, created_at = $11, updated_at = $12, region_key = $13, reviewer_id = $14,
    scheduled_for = $15
  WHERE id = $1 AND version = $16 AND workflow_revision = $17`;

const writeBodyRowsSql = `
  INSERT INTO roundup_briefs (roundup_id, position, content)
  SELECT $1, row.position, row.content::jsonb FROM unnest($2::integer[], $3::text[]) AS row (position, content)
  ON CONFLICT (roundup_id, position) DO UPDATE SET content = excluded.content`;

/** One statement for all the rows, one for the surplus. */
async function writeBodyRows(client: pg.PoolClient, roundupId: string, rows: readonly BodyRow[], deleteFrom: number | null): Promise<void> {
  if (rows.length > 0) {
    await client.query(writeBodyRowsSql, [roundupId, rows.map((row) => row.position), rows.map((row) => row.content)]);
  }
  if (deleteFrom !== null) {
    await client.query('DELETE FROM roundup_briefs WHERE roundup_id = $1 AND position >= $2', [roundupId, deleteFrom]);
  }
}

/** The revision and the contents it needs that are not stored yet (a content already stored under its hash stays). */
async function writeRevision(client: pg.PoolClient, roundupId: string, write: RevisionWrite | undefined): Promise<void> {
  if (write === undefined) return;
  // Deduplicated here: of two rows under one key in one INSERT, which one DO NOTHING keeps is PostgreSQL's choice.
  const contents = firstContentPerHash(write.contents);
  if (contents.length > 0) {
    await client.query(
      `INSERT INTO roundup_brief_contents (roundup_id, hash, content)
       SELECT $1, content.hash, content.json FROM unnest($2::text[], $3::text[]) AS content (hash, json)
       ON CONFLICT (roundup_id, hash) DO NOTHING`,
      [roundupId, contents.map((content) => content.hash), contents.map((content) => content.json)],
    );
  }
  await client.query(
    `INSERT INTO roundup_revisions (roundup_id, version, revision) VALUES ($1, $2, $3)
     ON CONFLICT (roundup_id, version) DO UPDATE SET revision = excluded.revision`,
    [roundupId, write.revision.version, JSON.stringify(write.revision)],
  );
}

/**
 * `RoundupStorage` over PostgreSQL. The compare-and-set is one `UPDATE … WHERE id AND version`: under READ COMMITTED
 * a concurrent save of the same row waits for the first to commit, then re-checks the version against the new row
 * and updates nothing, so exactly one save from a given version wins.
 */
export function createPostgresRoundupStorage(pool: pg.Pool): RoundupStorage {
  return {
    async list(query) {
      const { sql, values } = roundupListSql(listDialect, query);
      const result = await pool.query<Row>(sql, values);
      return result.rows.map(postgresRows.toSummary);
    },

    async countByStatus(filter) {
      const { sql, values } = roundupCountSql(listDialect, filter);
      const counts = Object.fromEntries(roundupStatuses.map((status) => [status, 0])) as Record<RoundupStatus, number>;
      for (const row of (await pool.query<Row>(sql, values)).rows) {
        const { status, count } = countRowSchema.parse(row);
        counts[status] = count;
      }
      return counts;
    },

    async get(id) {
      // One statement, so the row and its body rows come from the same snapshot.
      const result = await pool.query<Row>(
        `SELECT id, owner_id, status, version, schema_version, meta, workflow, workflow_revision, created_at, updated_at,
           jsonb_build_object('type', 'doc', 'content', coalesce(
             (SELECT jsonb_agg(content ORDER BY position) FROM roundup_briefs WHERE roundup_id = roundups.id), '[]'::jsonb)
           ) AS body
         FROM roundups WHERE id = $1`,
        [id],
      );
      const row = result.rows[0];
      return row === undefined ? null : postgresRows.toStoredRoundup(row);
    },

    async insert(roundup, revision) {
      return withTransaction(pool, async (client) => {
        const result = await client.query(
          `INSERT INTO roundups
             (id, owner_id, status, version, schema_version, headline_search, brief_count, meta, workflow, workflow_revision,
              created_at, updated_at, region_key, reviewer_id, scheduled_for)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
           ON CONFLICT (id) DO NOTHING`,
          roundupValues(roundup),
        );
        if (result.rowCount !== 1) return false;
        await writeBodyRows(client, roundup.id, allBodyRows(roundup), null);
        await writeRevision(client, roundup.id, revision);
        return true;
      });
    },

    async update(roundup, expected, extras = {}) {
      const { rows, deleteFrom } = bodyRowWrites(roundup, trustedPrevious(roundup, expected, extras.previous));
      return withTransaction(pool, async (client) => {
        const values = [...roundupValues(roundup), expected.version, expected.workflowRevision];
        if ((await client.query(updateRoundupSql, values)).rowCount !== 1) return false;
        await writeBodyRows(client, roundup.id, rows, deleteFrom);
        const { idempotencyRecord, events = [] } = extras;
        if (idempotencyRecord !== undefined) await client.query(saveIdempotencyRecordSql, idempotencyValues(idempotencyRecord));
        if (events.length > 0) {
          await client.query(
            `INSERT INTO roundup_events (roundup_id, revision, event)
             SELECT $1, event.revision, event.body::jsonb FROM unnest($2::integer[], $3::text[]) AS event (revision, body)`,
            [roundup.id, events.map((event) => event.revision), events.map((event) => JSON.stringify(event))],
          );
        }
        await writeRevision(client, roundup.id, extras.revision);
        return true;
      });
    },

    async recentEvents(limit) {
      const result = await pool.query<Row>(
        `SELECT event FROM roundup_events ORDER BY (event ->> 'at')::timestamptz DESC, revision DESC, roundup_id LIMIT $1`,
        [limit],
      );
      return result.rows.map(postgresRows.toEvent);
    },

    async listEvents(roundupId) {
      const result = await pool.query<Row>('SELECT event FROM roundup_events WHERE roundup_id = $1 ORDER BY revision', [roundupId]);
      return result.rows.map(postgresRows.toEvent);
    },

    async listRevisions(roundupId, page = {}) {
      const result = await pool.query<Row>(
        'SELECT revision FROM roundup_revisions WHERE roundup_id = $1 AND version < $2 ORDER BY version DESC LIMIT $3',
        [roundupId, page.before ?? 2 ** 31 - 1, page.limit ?? null],
      );
      return result.rows.map((row) => revisionRowSchema.parse(row).revision);
    },

    async getRevision(roundupId, version) {
      // One statement, so the revision and its contents come from the same snapshot.
      const result = await pool.query<Row>(
        `SELECT revision, coalesce(
           (SELECT jsonb_agg(jsonb_build_object('hash', content.hash, 'json', content.content))
            FROM roundup_brief_contents AS content
            WHERE content.roundup_id = revisions.roundup_id
              AND content.hash IN (SELECT ref ->> 'hash' FROM jsonb_array_elements(revisions.revision -> 'briefRefs') AS ref)),
           '[]'::jsonb) AS contents
         FROM roundup_revisions AS revisions WHERE roundup_id = $1 AND version = $2`,
        [roundupId, version],
      );
      const row = result.rows[0];
      if (row === undefined) return null;
      const { revision, contents } = revisionWithContentsRowSchema.parse(row);
      return { revision, contents: revisionContents(revision, contents) };
    },

    async deleteRevisions(roundupId, versions) {
      return withTransaction(pool, async (client) => {
        // Locking the roundup row queues this behind a save in progress (which holds it from its UPDATE on), so the
        // sweep below sees the revision that save adds and keeps the contents it reuses; a later save waits for it.
        await client.query('SELECT 1 FROM roundups WHERE id = $1 FOR NO KEY UPDATE', [roundupId]);
        const deleted = await client.query('DELETE FROM roundup_revisions WHERE roundup_id = $1 AND version = ANY($2::integer[])', [
          roundupId,
          [...versions],
        ]);
        await client.query(
          `DELETE FROM roundup_brief_contents AS content
           WHERE roundup_id = $1 AND NOT EXISTS (
             SELECT 1 FROM roundup_revisions AS kept CROSS JOIN LATERAL jsonb_array_elements(kept.revision -> 'briefRefs') AS ref
             WHERE kept.roundup_id = $1 AND ref ->> 'hash' = content.hash)`,
          [roundupId],
        );
        return deleted.rowCount ?? 0;
      });
    },

    async delete(id, expected, record) {
      // One statement: the deletion is logged only when the compare-and-delete removed the row. Events, body rows,
      // revisions and brief contents go by ON DELETE CASCADE.
      const result = await pool.query(
        `WITH deleted AS (DELETE FROM roundups WHERE id = $1 AND version = $2 AND workflow_revision = $3 RETURNING id)
         INSERT INTO roundup_deletions
           (roundup_id, headline, status, owner_id, deleted_at, deleted_by_id, deleted_by_name, deleted_by_role)
         SELECT id, $4, $5, $6, $7, $8, $9, $10 FROM deleted`,
        [
          id,
          expected.version,
          expected.workflowRevision,
          record.headline,
          record.status,
          record.ownerId,
          record.deletedAt,
          record.deletedBy.id,
          record.deletedBy.name,
          record.deletedBy.role,
        ],
      );
      return result.rowCount === 1;
    },

    async listDeletions(limit) {
      const result = await pool.query<Row>(
        `SELECT roundup_id, headline, status, owner_id, deleted_at, deleted_by_id, deleted_by_name, deleted_by_role
         FROM roundup_deletions ORDER BY deleted_at DESC, roundup_id LIMIT $1`,
        [limit],
      );
      return result.rows.map(deletionFromRow);
    },

    async findIdempotencyRecord(key) {
      const result = await pool.query<Row>(
        'SELECT key, request_fingerprint, roundup_id, result, created_at FROM idempotency_records WHERE key = $1',
        [key],
      );
      const row = result.rows[0];
      if (row === undefined) return null;
      return postgresRows.toIdempotencyRecord(row);
    },

    async saveIdempotencyRecord(record) {
      await pool.query(saveIdempotencyRecordSql, idempotencyValues(record));
    },

    async deleteIdempotencyRecordsBefore(cutoff) {
      const result = await pool.query('DELETE FROM idempotency_records WHERE created_at < $1', [cutoff]);
      return result.rowCount ?? 0;
    },
  };
}
