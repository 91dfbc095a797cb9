import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredRoundup } from '../../../services/stored-roundup';
import { summarizeRoundup } from '../../../services/summarize-roundup';
import { defineCommentStorageContract } from '../../../../tests/contract/comment-storage-contract';
import { definePhotoStorageContract } from '../../../../tests/contract/photo-storage-contract';
import { sampleBodies } from '../../../../tests/contract/sample-bodies';
import { defineStorageContract } from '../../../../tests/contract/storage-contract';
import { defineUserStorageContract } from '../../../../tests/contract/user-storage-contract';
import { readMigrationFiles } from '../migration-files';
import { migrationsDirectory } from '../migrations-directory';
import { openIsolatedPostgresStorage } from './open-isolated-postgres-storage';
import { openPostgresStorage } from './open-postgres-storage';
import { runPostgresMigrations } from './run-postgres-migrations';
import type { RoundupListQuery } from '../../../services/roundup-storage';
import { roundupListSql } from '../roundup-list-sql';
import { postgresListDialect } from './postgres-list-dialect';
import { sampleBriefContent, sampleRevisionWrite } from '../../../../tests/contract/sample-revision';
import { sampleStoredRoundup } from '../../../../tests/contract/sample-stored-roundup';

const databaseUrl = process.env.DATABASE_URL;
const migrations = readMigrationFiles(migrationsDirectory('postgres'));
const allMigrations = migrations.map(({ version, name }) => ({ version, name }));
const skipReason =
  databaseUrl === undefined || databaseUrl === ''
    ? 'DATABASE_URL is not set'
    : /^postgres(ql)?:\/\//.test(databaseUrl)
      ? null
      : 'DATABASE_URL is not a postgres:// URL';

/** With two briefs and a reporter: what these engine tests read back and migrate. */
function roundup(id: string, overrides: Partial<StoredRoundup> = {}): StoredRoundup {
  const meta = { kicker: '광주소식', headline: `헤드라인 ${id}`, region: '광주', reporters: [{ name: '신대희', email: 'sdh@newsis.com' }] };
  return sampleStoredRoundup(id, { meta, body: sampleBodies.valid(id, 2), ...overrides });
}

if (skipReason !== null || databaseUrl === undefined) {
  const message = `PostgreSQL storage tests skipped: ${skipReason} (run them with DATABASE_URL=postgres://postgres@127.0.0.1:5432/test).`;
  console.warn(message);
  describe('PostgreSQL storage', () => {
    it.skip(message, () => undefined);
  });
} else {
  const open = () => openIsolatedPostgresStorage(databaseUrl);
  defineStorageContract('PostgreSQL', open);
  defineUserStorageContract('PostgreSQL', open);
  definePhotoStorageContract('PostgreSQL', open);
  defineCommentStorageContract('PostgreSQL', open);

  describe('PostgreSQL storage', () => {
    let admin: pg.Client;

    beforeAll(async () => {
      admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
    });

    afterAll(async () => {
      await admin.end();
    });

    it('moves bodies stored whole (migration 1) into one row per brief, unchanged', async () => {
      const scratch = await open();
      await scratch.close();
      const schema = `${scratch.schema}_upgrade`;
      const original = roundup('r-old', { body: sampleBodies.valid('옛 본문 📷', 3) });
      const pool = new pg.Pool({ connectionString: databaseUrl, options: `-c search_path=${schema}` });
      try {
        await runPostgresMigrations(pool, { schema, migrations: migrations.slice(0, 1) });
        await pool.query(
          `INSERT INTO roundups (id, owner_id, status, version, schema_version, headline_search, brief_count, meta, body, created_at, updated_at)
           VALUES ($1, $2, 'draft', 1, 1, '', 3, $3, $4, $5, $6)`,
          [original.id, original.ownerId, JSON.stringify(original.meta), JSON.stringify(original.body), original.createdAt, original.updatedAt],
        );
        const storage = await openPostgresStorage({ connectionString: databaseUrl, schema });
        try {
          expect(await storage.roundups.get('r-old')).toEqual(original);
        } finally {
          await storage.close();
        }
      } finally {
        await pool.end();
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      }
    });

    it('upgrades a schema at migration 4 holding a roundup, which can then record revisions', async () => {
      const scratch = await open();
      await scratch.close();
      const schema = `${scratch.schema}_upgrade5`;
      const reviewer = { by: 'u-desk', byName: '김데스크', at: '2026-03-02T09:30:00.000Z' };
      const original = roundup('r-old', { workflowRevision: 2, workflow: { reviewer } });
      const pool = new pg.Pool({ connectionString: databaseUrl, options: `-c search_path=${schema}` });
      try {
        await runPostgresMigrations(pool, { schema, migrations: migrations.slice(0, 4) });
        await pool.query(
          `INSERT INTO roundups (id, owner_id, status, version, schema_version, headline_search, brief_count, meta, workflow,
             workflow_revision, created_at, updated_at)
           VALUES ($1, $2, 'draft', 1, 1, '', 2, $3, $4, $5, $6, $7)`,
          [
            original.id,
            original.ownerId,
            JSON.stringify(original.meta),
            JSON.stringify(original.workflow),
            original.workflowRevision,
            original.createdAt,
            original.updatedAt,
          ],
        );
        const children = original.body.content!;
        await pool.query(
          `INSERT INTO roundup_briefs (roundup_id, position, content)
           SELECT $1, row.position, row.content::jsonb FROM unnest($2::integer[], $3::text[]) AS row (position, content)`,
          [original.id, children.map((_, position) => position), children.map((child) => JSON.stringify(child))],
        );
        const storage = await openPostgresStorage({ connectionString: databaseUrl, schema });
        try {
          expect(await storage.roundups.get('r-old')).toEqual(original);
          expect(await storage.roundups.listRevisions('r-old')).toEqual([]);
          const content = sampleBriefContent('a');
          const write = sampleRevisionWrite('r-old', 2, [content]);
          const saved = await storage.roundups.update({ ...original, version: 2 }, { version: 1, workflowRevision: 2 }, { revision: write });
          expect(saved).toBe(true);
          expect(await storage.roundups.getRevision('r-old', 2)).toEqual({ revision: write.revision, contents: [content] });
          expect(await storage.comments.listThreads('r-old')).toEqual([]);
        } finally {
          await storage.close();
        }
      } finally {
        await pool.end();
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      }
    });

    it('fills the filter columns of roundups stored before migration 7 as the application would', async () => {
      const scratch = await open();
      await scratch.close();
      const schema = `${scratch.schema}_upgrade7`;
      const reviewer = { by: 'u-desk', byName: '김데스크', at: '2026-03-02T09:30:00.000Z' };
      const old = [
        roundup('padded', { meta: { region: '\u3000광주 \t' }, workflow: { reviewer } }),
        roundup('nbsp', { meta: { region: '\u00a0광주\ufeff' }, workflow: { reviewer: { ...reviewer, by: 'u-desk-2' } } }),
        roundup('other', { meta: { region: '광주시' }, workflow: { reviewer: { by: 7 } } }),
        roundup('odd', { meta: { region: 12 }, status: 'scheduled', workflow: { reviewer: null, scheduledFor: 'tomorrow' } }),
        roundup('due', { meta: {}, status: 'scheduled', workflow: { scheduledFor: '2026-03-02T09:00:00+09:00' } }),
        roundup('later', { meta: {}, status: 'scheduled', workflow: { scheduledFor: '2026-03-02T00:00:00.001Z' } }),
      ];
      const pool = new pg.Pool({ connectionString: databaseUrl, options: `-c search_path=${schema}` });
      try {
        await runPostgresMigrations(pool, { schema, migrations: migrations.filter((migration) => migration.version < 7) });
        for (const stored of old) {
          await pool.query(
            `INSERT INTO roundups (id, owner_id, status, version, schema_version, headline_search, brief_count, meta, workflow,
               workflow_revision, created_at, updated_at)
             VALUES ($1, $2, $3, 1, 1, '', 2, $4, $5, 0, $6, $7)`,
            [stored.id, stored.ownerId, stored.status, JSON.stringify(stored.meta), JSON.stringify(stored.workflow), stored.createdAt, stored.updatedAt],
          );
        }
        const storage = await openPostgresStorage({ connectionString: databaseUrl, schema });
        try {
          const ids = async (query: RoundupListQuery) => (await storage.roundups.list(query)).map((summary) => summary.id).sort();
          expect(await ids({ region: '광주' })).toEqual(['nbsp', 'padded']);
          expect(await ids({ region: '광주시' })).toEqual(['other']);
          expect(await ids({ reviewerId: 'u-desk' })).toEqual(['padded']);
          expect(await ids({ reviewerId: 'u-desk-2' })).toEqual(['nbsp']);
          expect(await ids({ status: 'scheduled', scheduledBy: '2026-03-02T00:00:00.000Z' })).toEqual(['due']);
        } finally {
          await storage.close();
        }
      } finally {
        await pool.end();
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      }
    });

    it('reads each list page through an index kept in list order, and pages revisions by key, never sorting', async () => {
      const storage = await open();
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query(`SET search_path TO "${storage.schema}"`);
        // With an empty table any plan is cheap: make scans of the table, bitmaps and sorts dear, to see whether an
        // index can hand out the rows already in list order.
        await client.query('SET enable_seqscan = off');
        await client.query('SET enable_bitmapscan = off');
        await client.query('SET enable_sort = off');
        const after = { updatedAt: '2026-03-02T10:00:00.000Z', id: 'r-5' };
        const shapes: Array<[RoundupListQuery, string]> = [
          [{ limit: 51 }, 'roundups_list_order'],
          [{ limit: 51, after }, 'roundups_list_order'],
          [{ status: 'in_review', limit: 51 }, 'roundups_by_status'],
          [{ status: 'in_review', limit: 51, after }, 'roundups_by_status'],
          [{ region: '광주', limit: 51 }, 'roundups_by_region'],
          [{ ownerId: 'u-reporter', limit: 51 }, 'roundups_by_owner'],
          [{ reviewerId: 'u-desk', limit: 51 }, 'roundups_by_reviewer'],
          [{ updatedFrom: '2026-02-28T15:00:00.000Z', updatedBefore: '2026-03-02T15:00:00.000Z', limit: 51 }, 'roundups_list_order'],
          [{ status: 'scheduled', scheduledBy: '2026-03-02T10:00:00.000Z', limit: 1 }, 'roundups_due'],
        ];
        for (const [query, index] of shapes) {
          const { sql, values } = roundupListSql(postgresListDialect, query);
          await client.query(`SET enable_sort = ${index === 'roundups_due' ? 'on' : 'off'}`);
          const explained = JSON.stringify((await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, values)).rows);
          // The due roundups are few and only looked for: they may be sorted; every page of the list may not.
          const sorts = index !== 'roundups_due' && explained.includes('"Node Type":"Sort"');
          // On an empty table either index on status serves the due ones; with rows the planner weighs them.
          const uses = index === 'roundups_due' ? /"Index Name":"roundups_(due|by_status)"/.test(explained) : explained.includes(`"Index Name":"${index}"`);
          expect({ query, uses, sorts }).toEqual({ query, uses: true, sorts: false });
        }
        const revisions = JSON.stringify(
          (
            await client.query(
              'EXPLAIN (FORMAT JSON) SELECT revision FROM roundup_revisions WHERE roundup_id = $1 AND version < $2 ORDER BY version DESC LIMIT $3',
              ['r-1', 100, 101],
            )
          ).rows,
        );
        expect(revisions).toContain('"Index Name":"roundup_revisions_pkey"');
        expect(revisions).not.toContain('"Node Type":"Sort"');
      } finally {
        await client.end();
        await storage.close();
      }
    });

    it('creates its tables in its own schema, not in public', async () => {
      const storage = await open();
      try {
        expect(storage.engine).toBe('postgres');
        const tables = await admin.query('SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name', [
          storage.schema,
        ]);
        expect(tables.rows).toEqual(
          [
            'comment_threads',
            'idempotency_records',
            'markers',
            'photo_files',
            'photos',
            'roundup_brief_contents',
            'roundup_briefs',
            'roundup_deletions',
            'roundup_events',
            'roundup_locks',
            'roundup_revisions',
            'roundups',
            'schema_migrations',
            'sessions',
            'users',
          ].map(
            (table_name) => ({ table_name }),
          ),
        );
      } finally {
        await storage.close();
      }
      const left = await admin.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [storage.schema]);
      expect(left.rowCount).toBe(0);
    });

    it('migrates once when several processes start at once on a new schema', async () => {
      const first = await open();
      await first.close();
      const schema = `${first.schema}_race`;
      const openings = await Promise.allSettled(
        Array.from({ length: 4 }, () => openPostgresStorage({ connectionString: databaseUrl, schema, maxConnections: 2 })),
      );
      const opened = openings.flatMap((opening) => (opening.status === 'fulfilled' ? [opening.value] : []));
      try {
        expect(openings.filter((opening) => opening.status === 'rejected')).toEqual([]);
        const recorded = await admin.query(`SELECT version, name FROM "${schema}".schema_migrations`);
        expect(recorded.rows).toEqual(allMigrations);
        await opened[0]!.roundups.insert(roundup('r-1'));
        expect(await opened[3]!.roundups.get('r-1')).toEqual(roundup('r-1'));
      } finally {
        await Promise.all(opened.map((storage) => storage.close()));
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      }
    });

    it('rolls a failing migration back and leaves the lock free for the next start', async () => {
      const storage = await open();
      const pool = new pg.Pool({ connectionString: databaseUrl, options: `-c search_path=${storage.schema}` });
      try {
        const migrations = [
          ...readMigrationFiles(migrationsDirectory('postgres')),
          { version: 99, name: 'broken', sql: 'CREATE TABLE half_done (id text); SELECT * FROM missing_table;' },
        ];
        await expect(runPostgresMigrations(pool, { schema: storage.schema, migrations })).rejects.toThrow(/missing_table/);
        const halfDone = await admin.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2', [
          storage.schema,
          'half_done',
        ]);
        expect(halfDone.rowCount).toBe(0);
        const fixed = [...migrations.slice(0, -1), { version: 99, name: 'broken', sql: 'CREATE TABLE half_done (id text);' }];
        const applied = await runPostgresMigrations(pool, { schema: storage.schema, migrations: fixed });
        expect(applied.map((migration) => migration.version)).toEqual([99]);
      } finally {
        await pool.end();
        await storage.close();
      }
    });

    it('refuses to start on a schema migrated by a newer build', async () => {
      const storage = await open();
      try {
        await admin.query(`INSERT INTO "${storage.schema}".schema_migrations (version, name) VALUES (99, 'from_the_future')`);
        await expect(openPostgresStorage({ connectionString: databaseUrl, schema: storage.schema })).rejects.toThrow(
          /migration 99 \(from_the_future\).*newer build/,
        );
      } finally {
        await storage.close();
      }
    });

    it('refuses a schema name that is not a plain identifier, and a connection string carrying options', async () => {
      await expect(openPostgresStorage({ connectionString: databaseUrl, schema: 'bureau; DROP TABLE x' })).rejects.toThrow(
        /lower-case identifier/,
      );
      await expect(openPostgresStorage({ connectionString: `${databaseUrl}?options=-c%20statement_timeout%3D5s` })).rejects.toThrow(/options/);
    });

    it('lets exactly one of 20 saves from the same version win across pooled connections, idempotency record included', async () => {
      const storage = await open();
      try {
        await storage.roundups.insert(roundup('r-1'));
        const attempts = Array.from({ length: 20 }, (_, index) => roundup('r-1', { version: 2, meta: { headline: `attempt ${index}` } }));
        const results = await Promise.all(
          attempts.map((attempt, index) =>
            storage.roundups.update(attempt, { version: 1, workflowRevision: 0 }, {
              idempotencyRecord: {
                key: `key-${index}`,
                requestFingerprint: `fingerprint-${index}`,
                roundupId: 'r-1',
                result: attempt,
                createdAt: '2026-03-02T09:00:00.000Z',
              },
            }),
          ),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        const winner = results.indexOf(true);
        expect(await storage.roundups.get('r-1')).toEqual(attempts[winner]);
        const records = await admin.query(`SELECT key FROM "${storage.schema}".idempotency_records`);
        expect(records.rows).toEqual([{ key: `key-${winner}` }]);
      } finally {
        await storage.close();
      }
    });

    it('hands timestamps back as toISOString does: the same instant, in UTC', async () => {
      const storage = await open();
      try {
        await storage.roundups.insert(roundup('r-1', { createdAt: '2026-03-02T18:00:00+09:00', updatedAt: '2026-03-02T18:30:00.5+09:00' }));
        const read = await storage.roundups.get('r-1');
        expect(read?.createdAt).toBe('2026-03-02T09:00:00.000Z');
        expect(read?.updatedAt).toBe('2026-03-02T09:30:00.500Z');
        // Inside JSON (an idempotency record's result) a timestamp is text, kept as written.
        const seoul = roundup('r-2', { updatedAt: '2026-03-02T18:30:00+09:00' });
        await storage.roundups.saveIdempotencyRecord({
          key: 'k',
          requestFingerprint: 'f',
          roundupId: 'r-2',
          result: seoul,
          createdAt: '2026-03-02T09:00:00.000Z',
        });
        expect((await storage.roundups.findIdempotencyRecord('k'))?.result).toEqual(seoul);
      } finally {
        await storage.close();
      }
    });

    it('lists the summaries summarizeRoundup makes, and orders ties by id byte-wise whatever the locale', async () => {
      const storage = await open();
      try {
        const roundups = [
          roundup('B', { body: sampleBodies.valid('a', 5) }),
          roundup('a', { meta: { headline: 42, kicker: null }, status: 'published' }),
          roundup('_z'),
        ];
        for (const each of roundups) await storage.roundups.insert(each);
        const byId = [...roundups].sort((left, right) => (left.id < right.id ? -1 : 1));
        expect(await storage.roundups.list({})).toEqual(byId.map(summarizeRoundup));
      } finally {
        await storage.close();
      }
    });

    it('round-trips a large body as data (jsonb reorders keys, never values)', async () => {
      const storage = await open();
      try {
        const big = roundup('r-big', {
          body: sampleBodies.ofSize(1_500_000),
          meta: { z: 1, a: { y: [3, 2, 1], b: '가' }, headline: '큰 원고' },
        });
        await storage.roundups.insert(big);
        expect(await storage.roundups.get('r-big')).toEqual(big);
      } finally {
        await storage.close();
      }
    });
  });
}
