import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kstDayEnd, kstDayStart } from '../../../services/list-filters';
import type { RoundupListQuery } from '../../../services/roundup-storage';
import { selectListPage } from '../../../services/select-list-page';
import { summarizeRoundup } from '../../../services/summarize-roundup';
import { sampleStoredRoundup } from '../../../../tests/contract/sample-stored-roundup';
import { readMigrationFiles } from '../migration-files';
import { migrationsDirectory } from '../migrations-directory';
import { roundupCountSql, roundupListSql } from '../roundup-list-sql';
import { openSqliteStorage } from './open-sqlite-storage';
import { runSqliteMigrations } from './run-sqlite-migrations';
import { sqliteListDialect } from './sqlite-list-dialect';

const migrations = readMigrationFiles(migrationsDirectory('sqlite'));
const scratch = mkdtempSync(join(tmpdir(), 'bureau-sqlite-list-'));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Every shape of query the dashboard sends, and the index (in list order) each must be read through. */
const queries: Record<string, { query: RoundupListQuery; index: string }> = {
  'first page': { query: { limit: 51 }, index: 'roundups_list_order' },
  'later page': { query: { limit: 51, after: { updatedAt: '2026-03-02T10:00:00.000Z', id: 'r-5' } }, index: 'roundups_list_order' },
  status: { query: { status: 'in_review', limit: 51 }, index: 'roundups_by_status' },
  'status, later page': {
    query: { status: 'in_review', limit: 51, after: { updatedAt: '2026-03-02T10:00:00.000Z', id: 'r-5' } },
    index: 'roundups_by_status',
  },
  region: { query: { region: '광주', limit: 51 }, index: 'roundups_by_region' },
  owner: { query: { ownerId: 'u-reporter', limit: 51 }, index: 'roundups_by_owner' },
  reviewer: { query: { reviewerId: 'u-desk', limit: 51 }, index: 'roundups_by_reviewer' },
  days: { query: { updatedFrom: kstDayStart('2026-03-01'), updatedBefore: kstDayEnd('2026-03-02'), limit: 51 }, index: 'roundups_list_order' },
  search: { query: { headline: '광산', limit: 51 }, index: 'roundups_list_order' },
  'scheduled, due (publishing)': { query: { status: 'scheduled', scheduledBy: '2026-03-02T10:00:00.000Z', limit: 1 }, index: 'roundups_due' },
};

function plan(database: Database.Database, sql: string, values: unknown[]): string {
  const rows = database.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...values);
  return rows.map((row) => (typeof row === 'object' && row !== null && 'detail' in row ? String(row.detail) : '')).join('\n');
}

describe('SQLite list queries', () => {
  it('read each page through an index kept in list order, never sorting the table', async () => {
    const database = new Database(':memory:');
    runSqliteMigrations(database, migrations);
    for (const [name, { query, index }] of Object.entries(queries)) {
      const { sql, values } = roundupListSql(sqliteListDialect, query);
      const detail = plan(database, sql, values);
      expect({ name, detail }).toEqual({ name, detail: expect.stringMatching(new RegExp(`USING (COVERING )?INDEX ${index}\\b`)) });
      if (index !== 'roundups_due') expect({ name, detail }).toEqual({ name, detail: expect.not.stringContaining('TEMP B-TREE FOR ORDER BY') });
    }
    const counts = roundupCountSql(sqliteListDialect, {});
    expect(plan(database, counts.sql, counts.values)).toMatch(/USING COVERING INDEX roundups_(by_status|due)\b/);
    const regionCounts = roundupCountSql(sqliteListDialect, { region: '광주' });
    expect(plan(database, regionCounts.sql, regionCounts.values)).toMatch(/USING INDEX roundups_by_region/);
    const revisions = database
      .prepare('EXPLAIN QUERY PLAN SELECT revision FROM roundup_revisions WHERE roundup_id = ? AND version < ? ORDER BY version DESC LIMIT ?')
      .all('r-1', 100, 101);
    expect(JSON.stringify(revisions)).toMatch(/USING (INDEX|PRIMARY KEY) sqlite_autoindex_roundup_revisions_1 \(roundup_id=\? AND version<\?\)/);
    expect(JSON.stringify(revisions)).not.toContain('TEMP B-TREE');
    database.close();
  });

  it('fills the filter columns of roundups stored before migration 0007 as the application would', async () => {
    const file = join(scratch, 'before-0007.sqlite');
    const database = new Database(file);
    runSqliteMigrations(database, migrations.filter((migration) => migration.version < 7));
    const reviewer = { by: 'u-desk', byName: '김데스크', at: '2026-03-01T00:00:00.000Z' };
    const old = [
      sampleStoredRoundup('padded', { meta: { region: '\u3000광주 \t' }, workflow: { reviewer } }),
      sampleStoredRoundup('plain', { meta: { region: '광주' }, updatedAt: '2026-03-02T10:00:00.000Z' }),
      sampleStoredRoundup('other', { meta: { region: '광주시' }, workflow: { reviewer: { by: 7 } } }),
      sampleStoredRoundup('odd', { meta: { region: 12 }, workflow: { reviewer: null, scheduledFor: 'tomorrow' }, status: 'scheduled' }),
      sampleStoredRoundup('due', { status: 'scheduled', meta: {}, workflow: { scheduledFor: '2026-03-02T09:00:00+09:00' } }),
      sampleStoredRoundup('later', { status: 'scheduled', meta: {}, workflow: { scheduledFor: '2026-03-02T00:00:00.001Z' } }),
      sampleStoredRoundup('nbsp', { meta: { region: '\u00a0광주\ufeff' }, workflow: { reviewer: { ...reviewer, by: 'u-desk-2' } } }),
    ];
    const insert = database.prepare(`
      INSERT INTO roundups (id, owner_id, status, version, schema_version, headline_search, brief_count, meta, workflow,
        workflow_revision, created_at, updated_at)
      VALUES (@id, @ownerId, @status, @version, @schemaVersion, '', 1, @meta, @workflow, 0, @createdAt, @updatedAt)`);
    for (const roundup of old) {
      insert.run({ ...roundup, meta: JSON.stringify(roundup.meta), workflow: JSON.stringify(roundup.workflow) });
    }
    database.close();

    const storage = await openSqliteStorage({ file });
    const summaries = old.map(summarizeRoundup);
    const queries: RoundupListQuery[] = [
      { region: '광주' },
      { region: '광주시' },
      { reviewerId: 'u-desk' },
      { reviewerId: 'u-desk-2' },
      { region: '12' },
      { status: 'scheduled', scheduledBy: '2026-03-02T00:00:00.000Z' },
    ];
    for (const query of queries) {
      const listed = (await storage.roundups.list(query)).map((summary) => summary.id);
      expect({ query, listed }).toEqual({ query, listed: selectListPage(summaries, query).map((summary) => summary.id) });
    }
    expect((await storage.roundups.list({ region: '광주' })).map((summary) => summary.id).sort()).toEqual(['nbsp', 'padded', 'plain']);
    expect((await storage.roundups.list({ status: 'scheduled', scheduledBy: '2026-03-02T00:00:00.000Z' })).map((summary) => summary.id)).toEqual(['due']);
    await storage.close();
  });
});
