import { z } from 'zod/mini';
import { revisionSummarySchema } from '../contract/revision-endpoints';

/** Where a revision's brief stood and which stored content it had (`briefContentHash`). */
export const revisionBriefRefSchema = z.object({ id: z.string(), hash: z.string() });
export type RevisionBriefRef = z.infer<typeof revisionBriefRefSchema>;

/**
 * A revision as storage holds it: its summary, the metadata, and the body as a list of brief references. Brief
 * contents are stored once per roundup under their hash, so an autosave that changed one brief stores one brief.
 */
export const storedRevisionSchema = z.extend(revisionSummarySchema, {
  schemaVersion: z.int().check(z.minimum(1)),
  meta: z.record(z.string(), z.unknown()),
  briefRefs: z.array(revisionBriefRefSchema),
});
export type StoredRevision = z.infer<typeof storedRevisionSchema>;

/** A brief's stored content, keyed by the hash of its JSON. */
export interface BriefContent {
  hash: string;
  /** The brief node as JSON (`JSON.stringify` of the node): stored and read back as text. */
  json: string;
}

/** A revision to record, with the brief contents it references that may not be stored yet. */
export interface RevisionWrite {
  revision: StoredRevision;
  /** Stored unless a content with the same hash already is (for the same roundup). */
  contents: readonly BriefContent[];
}
