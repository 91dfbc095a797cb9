import type { Migration } from './migration-files';

export interface AppliedMigration {
  version: number;
  name: string;
}

/**
 * The migrations still to apply, in version order. Throws when the database records a migration this build does not
 * have (a newer build migrated it: running older code on a newer schema could corrupt data) or records a version
 * under another name (two branches numbered their migrations alike).
 */
export function pendingMigrations(known: readonly Migration[], applied: readonly AppliedMigration[]): Migration[] {
  for (const done of applied) {
    const migration = known.find((candidate) => candidate.version === done.version);
    if (migration === undefined) {
      throw new Error(
        `The database has migration ${done.version} (${done.name}), which this build does not know: it was migrated by a newer build.`,
      );
    }
    if (migration.name !== done.name) {
      throw new Error(
        `The database has migration ${done.version} named "${done.name}", ` +
          `but this build's migration ${done.version} is "${migration.name}".`,
      );
    }
  }
  const appliedVersions = new Set(applied.map((done) => done.version));
  return known.filter((migration) => !appliedVersions.has(migration.version)).sort((left, right) => left.version - right.version);
}
