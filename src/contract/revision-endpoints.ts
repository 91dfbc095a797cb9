import { z } from 'zod/mini';
import { briefIdSchema } from '../schema/brief-id';
import { roundupBodySchema } from '../schema/roundup-body';
import { roundupStatusSchema } from '../schema/roundup-status';

/** How a revision came about. */
export const revisionKinds = ['created', 'saved', 'restored'] as const;
export const revisionKindSchema = z.enum(revisionKinds);
export type RevisionKind = z.infer<typeof revisionKindSchema>;

/** One brief a revision added, edited or removed, named by its sub-heading at that time. */
export const revisionBriefChangeSchema = z.object({
  briefId: z.string(),
  heading: z.string(),
  change: z.enum(['added', 'edited', 'removed']),
});
export type RevisionBriefChange = z.infer<typeof revisionBriefChangeSchema>;

/** A stored version of the document: who saved it, when, and what it changed. */
export const revisionSummarySchema = z.object({
  roundupId: z.string(),
  version: z.int().check(z.minimum(1)),
  at: z.iso.datetime({ offset: true }),
  author: z.object({ id: z.string(), name: z.string() }),
  kind: revisionKindSchema,
  /** For `restored`: the version whose content was brought back. */
  restoredFrom: z.optional(z.int().check(z.minimum(1))),
  /** The briefs this revision changed compared with the one before, in document order (removed ones last). */
  briefs: z.array(revisionBriefChangeSchema),
  /** The order of briefs present before and after changed. */
  reordered: z.boolean(),
  /** Kicker, headline, reporters or other metadata changed. */
  metaChanged: z.boolean(),
  /** The roundup's status when the revision was saved. */
  status: roundupStatusSchema,
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

/** GET /api/roundups/:id/revisions?before=&limit= — a page of revisions older than `before`, newest first. */
export const listRevisionsQuerySchema = z.strictObject({
  before: z.optional(z.coerce.number().check(z.int(), z.minimum(2))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500)), 100),
});
export type ListRevisionsQuery = z.input<typeof listRevisionsQuerySchema>;

/**
 * Newest first. Old autosaves are thinned (see `revision-pruning.ts`). `nextBefore` asks for the next page when
 * there are older revisions than this page holds.
 */
export const revisionsResponseSchema = z.object({
  items: z.array(revisionSummarySchema),
  nextBefore: z.nullable(z.int().check(z.minimum(2))),
});
export type RevisionsResponse = z.infer<typeof revisionsResponseSchema>;

/** GET /api/roundups/:id/revisions/:version — the whole document as it was at that version, migrated to today's schema. */
export const revisionResponseSchema = z.object({
  revision: revisionSummarySchema,
  meta: z.record(z.string(), z.unknown()),
  body: roundupBodySchema,
});
export type RevisionResponse = z.infer<typeof revisionResponseSchema>;

/**
 * POST /api/roundups/:id/revisions/:version/restore — brings back that version's content as a new revision on top of
 * `baseVersion` (409 when the roundup moved on). With `briefIds`, only those briefs are restored (a brief removed
 * since goes back where it stood); without, the whole document and its metadata. Later revisions are never touched.
 */
export const restoreRevisionRequestSchema = z.strictObject({
  baseVersion: z.int().check(z.minimum(1)),
  briefIds: z.optional(z.array(briefIdSchema).check(z.minLength(1), z.maxLength(200))),
});
export type RestoreRevisionRequest = z.infer<typeof restoreRevisionRequestSchema>;
