import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMigrationFiles } from './migration-files';
import { migrationsDirectory } from './migrations-directory';

describe('readMigrationFiles', () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'bureau-migrations-'));
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('reads NNNN_name.sql files in version order and ignores other files', () => {
    writeFileSync(join(directory, '0002_add_tags.sql'), 'ALTER TABLE notes ADD COLUMN tags TEXT;');
    writeFileSync(join(directory, '0001_initial.sql'), 'CREATE TABLE notes (id TEXT);');
    writeFileSync(join(directory, 'README.md'), 'notes');
    expect(readMigrationFiles(directory)).toEqual([
      { version: 1, name: 'initial', sql: 'CREATE TABLE notes (id TEXT);' },
      { version: 2, name: 'add_tags', sql: 'ALTER TABLE notes ADD COLUMN tags TEXT;' },
    ]);
  });

  it('refuses a misnamed .sql file, a repeated version, an empty or a missing directory', () => {
    expect(() => readMigrationFiles(join(directory, 'missing'))).toThrow(/does not exist/);
    expect(() => readMigrationFiles(directory)).toThrow(/holds no migration/);
    writeFileSync(join(directory, '0001_initial.sql'), '');
    writeFileSync(join(directory, '0001_again.sql'), '');
    expect(() => readMigrationFiles(directory)).toThrow(/Two migration files .* version 1/);
    rmSync(join(directory, '0001_again.sql'));
    writeFileSync(join(directory, '2-add-tags.sql'), '');
    expect(() => readMigrationFiles(directory)).toThrow(/2-add-tags\.sql .* not named like/);
  });

  it('finds the migrations of both engines where the factories look for them', () => {
    for (const engine of ['sqlite', 'postgres'] as const) {
      expect(readMigrationFiles(migrationsDirectory(engine))[0]).toMatchObject({ version: 1, name: 'initial' });
    }
  });
});
