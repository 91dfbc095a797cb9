import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { StoredRoundup } from '../../../services/stored-roundup';
import { summarizeRoundup } from '../../../services/summarize-roundup';
import { defineCommentStorageContract } from '../../../../tests/contract/comment-storage-contract';
import { definePhotoStorageContract } from '../../../../tests/contract/photo-storage-contract';
import { sampleBodies } from '../../../../tests/contract/sample-bodies';
import { defineStorageContract } from '../../../../tests/contract/storage-contract';
import { defineUserStorageContract } from '../../../../tests/contract/user-storage-contract';
import { readMigrationFiles } from '../migration-files';
import { migrationsDirectory } from '../migrations-directory';
import { openSqliteStorage } from './open-sqlite-storage';
import { runSqliteMigrations } from './run-sqlite-migrations';
import { sampleBriefContent, sampleRevisionWrite } from '../../../../tests/contract/sample-revision';
import { sampleStoredRoundup } from '../../../../tests/contract/sample-stored-roundup';

const migrations = readMigrationFiles(migrationsDirectory('sqlite'));
const allMigrations = migrations.map(({ version, name }) => ({ version, name }));

const scratch = mkdtempSync(join(tmpdir(), 'bureau-sqlite-'));
let files = 0;
const freshFile = () => join(scratch, `case-${(files += 1)}`, 'bureau.sqlite');

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

for (const [label, file] of [
  ['SQLite :memory:', () => ':memory:'],
  ['SQLite file', freshFile],
] as const) {
  defineStorageContract(label, () => openSqliteStorage({ file: file() }));
  defineUserStorageContract(label, () => openSqliteStorage({ file: file() }));
  definePhotoStorageContract(label, () => openSqliteStorage({ file: file() }));
  defineCommentStorageContract(label, () => openSqliteStorage({ file: file() }));
}

/** With two briefs and a reporter: what these engine tests read back and migrate. */
function roundup(id: string, overrides: Partial<StoredRoundup> = {}): StoredRoundup {
  const meta = { kicker: '광주소식', headline: `헤드라인 ${id}`, region: '광주', reporters: [{ name: '신대희', email: 'sdh@newsis.com' }] };
  return sampleStoredRoundup(id, { meta, body: sampleBodies.valid(id, 2), ...overrides });
}

describe('SQLite storage', () => {
  it('checkpoints the write-ahead log from a worker thread, and truncates it on close', async () => {
    const file = freshFile();
    const storage = await openSqliteStorage({ file, checkpointInBackground: true });
    const fileBytes = () => (existsSync(file) ? statSync(file).size : 0);
    const before = fileBytes();
    for (let index = 0; index < 40; index += 1) {
      await storage.roundups.insert(roundup(`r-${index}`, { body: sampleBodies.ofSize(20_000) }));
    }
    // The rows reach the database file only by a checkpoint, which this connection no longer runs itself.
    const deadline = Date.now() + 5_000;
    while (fileBytes() < before + 400_000 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fileBytes()).toBeGreaterThan(before + 400_000);
    await storage.close();
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
  });

  it('moves bodies stored whole (migration 1) into one row per brief, unchanged', async () => {
    const file = freshFile();
    const original = roundup('r-old', { body: sampleBodies.valid('옛 본문 📷', 3) });
    mkdirSync(join(file, '..'), { recursive: true });
    const database = new Database(file);
    try {
      runSqliteMigrations(database, migrations.slice(0, 1));
      database
        .prepare(`INSERT INTO roundups (id, owner_id, status, version, schema_version, headline_search, brief_count, meta, body, created_at, updated_at)
          VALUES (?, ?, 'draft', 1, 1, '', 3, ?, ?, ?, ?)`)
        .run(original.id, original.ownerId, JSON.stringify(original.meta), JSON.stringify(original.body), original.createdAt, original.updatedAt);
    } finally {
      database.close();
    }
    const storage = await openSqliteStorage({ file });
    try {
      expect(await storage.roundups.get('r-old')).toEqual(original);
    } finally {
      await storage.close();
    }
  });

  it('upgrades a database at migration 4 holding a roundup, which can then record revisions', async () => {
    const file = freshFile();
    const reviewer = { by: 'u-desk', byName: '김데스크', at: '2026-03-02T09:30:00.000Z' };
    const original = roundup('r-old', { workflowRevision: 2, workflow: { reviewer } });
    mkdirSync(join(file, '..'), { recursive: true });
    const database = new Database(file);
    try {
      runSqliteMigrations(database, migrations.slice(0, 4));
      database
        .prepare(`INSERT INTO roundups (id, owner_id, status, version, schema_version, headline_search, brief_count, meta, workflow,
            workflow_revision, created_at, updated_at)
          VALUES (?, ?, 'draft', 1, 1, '', 2, ?, ?, ?, ?, ?)`)
        .run(
          original.id,
          original.ownerId,
          JSON.stringify(original.meta),
          JSON.stringify(original.workflow),
          original.workflowRevision,
          original.createdAt,
          original.updatedAt,
        );
      const insertBrief = database.prepare('INSERT INTO roundup_briefs (roundup_id, position, content) VALUES (?, ?, ?)');
      original.body.content!.forEach((child, position) => insertBrief.run(original.id, position, JSON.stringify(child)));
    } finally {
      database.close();
    }
    const storage = await openSqliteStorage({ file });
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
  });

  it('writes only the briefs that differ from the version it replaces, and still stores the whole body', async () => {
    const file = freshFile();
    const storage = await openSqliteStorage({ file });
    try {
      const first = roundup('r-rows', { body: sampleBodies.valid('본문', 4) });
      await storage.roundups.insert(first);
      const [a, b, c] = first.body.content!;
      const edited = sampleBodies.valid('고침', 4).content![1]!;
      const second = { ...first, version: 2, body: { type: 'doc', content: [a!, edited, c!] } };
      expect(await storage.roundups.update(second, { version: 1, workflowRevision: 0 }, { previous: first })).toBe(true);
      const database = new Database(file, { readonly: true });
      try {
        const rows = database.prepare("SELECT position, content FROM roundup_briefs WHERE roundup_id = 'r-rows' ORDER BY position").all();
        expect(rows).toEqual([0, 1, 2].map((position) => ({ position, content: JSON.stringify(second.body.content[position]) })));
      } finally {
        database.close();
      }
      expect(await storage.roundups.get('r-rows')).toEqual(second);
      // A `previous` that is not the version being replaced is ignored: everything is written.
      const third = { ...second, version: 3, body: { type: 'doc', content: [c!, b!] } };
      expect(await storage.roundups.update(third, { version: 2, workflowRevision: 0 }, { previous: first })).toBe(true);
      expect(await storage.roundups.get('r-rows')).toEqual(third);
    } finally {
      await storage.close();
    }
  });

  it('creates the folder of the file and puts the database in WAL mode', async () => {
    const file = freshFile();
    const storage = await openSqliteStorage({ file });
    expect(storage.engine).toBe('sqlite');
    expect(existsSync(file)).toBe(true);
    await storage.close();

    const database = new Database(file, { readonly: true });
    try {
      expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      database.close();
    }
  });

  it('keeps data across reopening, and applies no migration twice', async () => {
    const file = freshFile();
    const first = await openSqliteStorage({ file });
    await first.roundups.insert(roundup('r-1'));
    await first.close();

    const second = await openSqliteStorage({ file });
    expect(await second.roundups.get('r-1')).toEqual(roundup('r-1'));
    await second.close();

    const database = new Database(file, { readonly: true });
    try {
      expect(database.prepare('SELECT version, name FROM schema_migrations').all()).toEqual(allMigrations);
    } finally {
      database.close();
    }
  });

  it('keeps timestamps as the services wrote them, offsets included', async () => {
    const storage = await openSqliteStorage({ file: ':memory:' });
    const seoul = roundup('r-1', { createdAt: '2026-03-02T18:00:00+09:00', updatedAt: '2026-03-02T18:30:00.5+09:00' });
    await storage.roundups.insert(seoul);
    expect(await storage.roundups.get('r-1')).toEqual(seoul);
    expect((await storage.roundups.list({}))[0]?.updatedAt).toBe('2026-03-02T18:30:00.5+09:00');
    await storage.close();
  });

  it('lists the summaries summarizeRoundup makes, without reading bodies', async () => {
    const storage = await openSqliteStorage({ file: ':memory:' });
    const roundups = [
      roundup('r-1', { body: sampleBodies.valid('a', 5), updatedAt: '2026-03-02T10:00:00.000Z' }),
      roundup('r-2', { meta: { headline: 42, kicker: null }, status: 'published' }),
    ];
    for (const each of roundups) await storage.roundups.insert(each);
    expect(await storage.roundups.list({})).toEqual(roundups.map(summarizeRoundup));
    await storage.close();
  });

  it('lets exactly one of two connections to the same file win a save from the same version', async () => {
    const file = freshFile();
    const first = await openSqliteStorage({ file });
    const second = await openSqliteStorage({ file });
    await first.roundups.insert(roundup('r-1'));
    const saves = Array.from({ length: 20 }, (_, index) =>
      (index % 2 === 0 ? first : second).roundups.update(roundup('r-1', { version: 2, meta: { headline: `save ${index}` } }), { version: 1, workflowRevision: 0 }),
    );
    const results = await Promise.all(saves);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await second.roundups.get('r-1'))?.meta.headline).toBe(`save ${results.indexOf(true)}`);
    await first.close();
    await second.close();
  });

  it('lets exactly one of several processes starting at once on a new file insert and save, and migrates it once', async () => {
    const file = freshFile();
    const contenderScript = fileURLToPath(new URL('./sqlite-save-race-process.ts', import.meta.url));
    const outcomeSchema = z.object({ inserted: z.boolean(), saved: z.boolean() });
    const contenders = ['a', 'b', 'c', 'd', 'e', 'f'];
    const outcomes = await Promise.all(
      contenders.map(async (contender) => {
        const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', contenderScript, file, contender]);
        return outcomeSchema.parse(JSON.parse(stdout));
      }),
    );
    expect(outcomes.filter((outcome) => outcome.inserted)).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.saved)).toHaveLength(1);
    const winner = contenders[outcomes.findIndex((outcome) => outcome.saved)];

    const database = new Database(file, { readonly: true });
    try {
      expect(database.prepare('SELECT version, name FROM schema_migrations').all()).toEqual(allMigrations);
      expect(database.prepare("SELECT version, json_extract(meta, '$.headline') AS headline FROM roundups").all()).toEqual([
        { version: 2, headline: `saved by ${winner}` },
      ]);
    } finally {
      database.close();
    }
  }, 30_000);

  it('deletes a user’s sessions with the user (foreign keys are on)', async () => {
    const file = freshFile();
    const storage = await openSqliteStorage({ file });
    await storage.users.insert({
      id: 'u-desk',
      email: 'desk@bureau.test',
      name: '김데스크',
      role: 'desk',
      passwordHash: 'hash',
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    const week = { createdAt: '2026-03-02T09:00:00.000Z', expiresAt: '2026-03-09T09:00:00.000Z' };
    await storage.users.insertSession({ tokenHash: 't', userId: 'u-desk', ...week });
    await expect(storage.users.insertSession({ tokenHash: 'orphan', userId: 'u-nobody', ...week })).rejects.toThrow(/FOREIGN KEY/);
    await storage.close();

    const database = new Database(file);
    try {
      database.pragma('foreign_keys = ON');
      database.prepare('DELETE FROM users').run();
      expect(database.prepare('SELECT count(*) AS sessions FROM sessions').get()).toEqual({ sessions: 0 });
    } finally {
      database.close();
    }
  });

  it('closes twice without complaint', async () => {
    const storage = await openSqliteStorage({ file: ':memory:' });
    await storage.close();
    await expect(storage.close()).resolves.toBeUndefined();
  });
});
