import type pg from 'pg';
import type { IdempotencyRecord } from '../../../services/idempotency-record';
import type { RoundupStorage } from '../../../services/roundup-storage';
import type { StoredRoundup } from '../../../services/stored-roundup';
import { headlineSearchPattern } from '../headline-search-pattern';
import { roundupListColumns } from '../roundup-list-columns';
import { postgresRows } from './postgres-rows';
import { withTransaction } from './with-transaction';

type Row = Record<string, unknown>;

/** $1 … $11 of the insert and the update, in column order. JSON goes as text, which PostgreSQL parses into jsonb. */
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
    JSON.stringify(roundup.body),
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
    meta = $8, body = $9, created_at = $10, updated_at = $11
  WHERE id = $1 AND version = $12`;

/**
 * `RoundupStorage` over PostgreSQL. The compare-and-set is one `UPDATE … WHERE id AND version`: under READ COMMITTED
 * a concurrent save of the same row waits for the first to commit, then re-checks the version against the new row
 * and updates nothing, so exactly one save from a given version wins.
 */
export function createPostgresRoundupStorage(pool: pg.Pool): RoundupStorage {
  return {
    async list(query) {
      const result = await pool.query<Row>(
        `SELECT id, owner_id, status, version, updated_at, meta, brief_count
         FROM roundups
         WHERE $1::text IS NULL OR headline_search LIKE $1 ESCAPE '\\'
         ORDER BY updated_at DESC, id`,
        [headlineSearchPattern(query)],
      );
      return result.rows.map(postgresRows.toSummary);
    },

    async get(id) {
      const result = await pool.query<Row>(
        `SELECT id, owner_id, status, version, schema_version, meta, body, created_at, updated_at
         FROM roundups WHERE id = $1`,
        [id],
      );
      const row = result.rows[0];
      return row === undefined ? null : postgresRows.toStoredRoundup(row);
    },

    async insert(roundup) {
      const result = await pool.query(
        `INSERT INTO roundups
           (id, owner_id, status, version, schema_version, headline_search, brief_count, meta, body, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (id) DO NOTHING`,
        roundupValues(roundup),
      );
      return result.rowCount === 1;
    },

    async update(roundup, expectedVersion, idempotencyRecord) {
      const values = [...roundupValues(roundup), expectedVersion];
      if (idempotencyRecord === undefined) return (await pool.query(updateRoundupSql, values)).rowCount === 1;
      return withTransaction(pool, async (client) => {
        if ((await client.query(updateRoundupSql, values)).rowCount !== 1) return false;
        await client.query(saveIdempotencyRecordSql, idempotencyValues(idempotencyRecord));
        return true;
      });
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
