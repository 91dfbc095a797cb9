import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Migration {
  version: number;
  /** From the file name: `0001_initial.sql` is version 1, name `initial`. */
  name: string;
  sql: string;
}

const migrationFileName = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/**
 * The migrations in `directory`, in version order. Refuses a directory that is missing or holds no migration, and
 * any `.sql` file whose name does not follow the pattern: a migration that silently fails to load would leave the
 * database a version behind the code.
 */
export function readMigrationFiles(directory: string): Migration[] {
  if (!existsSync(directory)) {
    throw new Error(`The migrations directory ${directory} does not exist; a server build must ship the .sql files with it.`);
  }
  const migrations: Migration[] = [];
  for (const fileName of readdirSync(directory).sort()) {
    if (!fileName.endsWith('.sql')) continue;
    const match = migrationFileName.exec(fileName);
    if (match === null) throw new Error(`Migration file ${fileName} in ${directory} is not named like 0002_add_tags.sql.`);
    const version = Number(match[1]);
    if (migrations.some((migration) => migration.version === version)) {
      throw new Error(`Two migration files in ${directory} have version ${version}.`);
    }
    migrations.push({ version, name: match[2]!, sql: readFileSync(join(directory, fileName), 'utf8') });
  }
  if (migrations.length === 0) throw new Error(`The migrations directory ${directory} holds no migration.`);
  return migrations;
}
