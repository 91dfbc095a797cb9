import type pg from 'pg';
import type { IdempotencyRecord } from '../../../services/idempotency-record';
import type { RoundupStorage } from '../../../services/roundup-storage';
import type { StoredRoundup } from '../../../services/stored-roundup';
import { allBodyRows, bodyRowWrites, trustedPrevious, type BodyRow } from '../body-rows';
import { headlineSearchPattern } from '../headline-search-pattern';
import { roundupListColumns } from '../roundup-list-columns';
import { postgresRows } from './postgres-rows';
import { withTransaction } from './with-transaction';

type Row = Record<string, unknown>;

/** $1 … $12 of the insert and the update, in column order. JSON goes as text, which PostgreSQL parses into jsonb. */
function roundupValues(roundup: StoredRoundup): unknown[] {
  const { headlineSearch, briefCount } = roundupListColumns(roundup);
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
    meta = $8, workflow = $9, workflow_revision = $10, created_at = $11, updated_at = $12
  WHERE id = $1 AND version = $13 AND workflow_revision = $14`;

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

/**
 * `RoundupStorage` over PostgreSQL. The compare-and-set is one `UPDATE … WHERE id AND version`: under READ COMMITTED
 * a concurrent save of the same row waits for the first to commit, then re-checks the version against the new row
 * and updates nothing, so exactly one save from a given version wins.
 */
export function createPostgresRoundupStorage(pool: pg.Pool): RoundupStorage {
  return {
    async list(query) {
      const result = await pool.query<Row>(
        `SELECT id, owner_id, status, version, updated_at, meta, workflow, brief_count
         FROM roundups
         WHERE $1::text IS NULL OR headline_search LIKE $1 ESCAPE '\\'
         ORDER BY updated_at DESC, id`,
        [headlineSearchPattern(query)],
      );
      return result.rows.map(postgresRows.toSummary);
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

    async insert(roundup) {
      return withTransaction(pool, async (client) => {
        const result = await client.query(
          `INSERT INTO roundups
             (id, owner_id, status, version, schema_version, headline_search, brief_count, meta, workflow, workflow_revision,
              created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
           ON CONFLICT (id) DO NOTHING`,
          roundupValues(roundup),
        );
        if (result.rowCount !== 1) return false;
        await writeBodyRows(client, roundup.id, allBodyRows(roundup), null);
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

    async delete(id) {
      return (await pool.query('DELETE FROM roundups WHERE id = $1', [id])).rowCount === 1;
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
