import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Migration } from '../migration-files';
import { runSqliteMigrations } from './run-sqlite-migrations';

const first: Migration = { version: 1, name: 'initial', sql: 'CREATE TABLE notes (id TEXT PRIMARY KEY) STRICT;' };
const second: Migration = { version: 2, name: 'add_tags', sql: 'ALTER TABLE notes ADD COLUMN tags TEXT;' };

describe('runSqliteMigrations', () => {
  let database: Database.Database;

  beforeEach(() => {
    database = new Database(':memory:');
  });

  afterEach(() => {
    database.close();
  });

  function recorded(): unknown[] {
    return database.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
  }

  it('applies pending migrations in version order and records each, once', () => {
    expect(runSqliteMigrations(database, [second, first]).map((migration) => migration.version)).toEqual([1, 2]);
    expect(recorded()).toEqual([
      { version: 1, name: 'initial' },
      { version: 2, name: 'add_tags' },
    ]);
    const appliedAt = database.prepare('SELECT applied_at FROM schema_migrations WHERE version = 1').pluck().get();
    expect(typeof appliedAt === 'string' && !Number.isNaN(Date.parse(appliedAt))).toBe(true);
    expect(runSqliteMigrations(database, [first, second])).toEqual([]);
  });

  it('applies only what a newer build added', () => {
    runSqliteMigrations(database, [first]);
    database.prepare('INSERT INTO notes (id) VALUES (?)').run('kept');
    expect(runSqliteMigrations(database, [first, second])).toEqual([second]);
    expect(database.prepare('SELECT id, tags FROM notes').all()).toEqual([{ id: 'kept', tags: null }]);
  });

  it('rolls a failing migration back whole and records nothing of it, keeping the ones before', () => {
    const broken: Migration = { version: 2, name: 'broken', sql: 'CREATE TABLE half_done (id TEXT); SELECT * FROM missing_table;' };
    expect(() => runSqliteMigrations(database, [first, broken])).toThrow(/missing_table/);
    expect(recorded()).toEqual([{ version: 1, name: 'initial' }]);
    expect(database.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").all()).toEqual([]);
  });

  it('refuses a database migrated by a newer build', () => {
    runSqliteMigrations(database, [first, second]);
    expect(() => runSqliteMigrations(database, [first])).toThrow(/migration 2 \(add_tags\).*newer build/);
  });
});
