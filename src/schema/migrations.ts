import type { JSONContent } from '@tiptap/core';
import { linkHrefOnlyMigration } from './link-href-only-migration';
import { currentSchemaVersion } from './roundup';

/** A stored document as it may come from storage written by any earlier build. */
export interface VersionedDocument {
  schemaVersion: number;
  meta: Record<string, unknown>;
  body: JSONContent;
}

export interface Migration {
  /** The version this migration produces; it runs on documents at `to - 1`. */
  to: number;
  describe: string;
  migrate: (document: VersionedDocument) => VersionedDocument;
}

/**
 * Every change to a node, an attribute or the metadata adds one entry here, with a test that an old document comes
 * out valid. Version 1 is the first stored format.
 */
export const migrations: readonly Migration[] = [linkHrefOnlyMigration];

export class UnsupportedSchemaVersionError extends Error {
  constructor(readonly schemaVersion: number) {
    super(`document schemaVersion ${schemaVersion} is newer than this build (${currentSchemaVersion})`);
    this.name = 'UnsupportedSchemaVersionError';
  }
}

/** Brings a stored document up to `currentSchemaVersion`, one step at a time. */
export function migrateDocument(
  document: VersionedDocument,
  steps: readonly Migration[] = migrations,
  target: number = currentSchemaVersion,
): VersionedDocument {
  if (document.schemaVersion > target) throw new UnsupportedSchemaVersionError(document.schemaVersion);
  let current = document;
  while (current.schemaVersion < target) {
    const step = steps.find((migration) => migration.to === current.schemaVersion + 1);
    if (step === undefined) {
      throw new Error(`no migration from schemaVersion ${current.schemaVersion} to ${current.schemaVersion + 1}`);
    }
    current = { ...step.migrate(current), schemaVersion: step.to };
  }
  return current;
}
