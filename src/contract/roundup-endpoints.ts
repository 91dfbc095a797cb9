import { z } from 'zod/mini';
import { briefIdSchema } from '../schema/brief-id';
import { roundupBodySchema } from '../schema/roundup-body';
import { roundupMetadataSchema } from '../schema/roundup-metadata';
import { roundupIdSchema, roundupSchema } from '../schema/roundup';
import { roundupStatusSchema } from '../schema/roundup-status';

/** Largest body a save accepts, serialised as JSON. A 200-brief roundup is about 400 kB. */
export const maxBodyBytes = 2 * 1024 * 1024;

/** Largest JSON request any endpoint reads: a full body plus room for the metadata. */
export const maxJsonRequestBytes = maxBodyBytes + 256 * 1024;

export const roundupSummarySchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  headline: z.string(),
  kicker: z.string(),
  region: z.string(),
  status: roundupStatusSchema,
  briefCount: z.int().check(z.minimum(0)),
  version: z.int().check(z.minimum(1)),
  updatedAt: z.iso.datetime({ offset: true }),
  /** The desk who started the review, once one has. */
  reviewerId: z.nullable(z.string()),
  /** When a scheduled roundup goes out (its embargo). */
  scheduledFor: z.nullable(z.iso.datetime({ offset: true })),
});
export type RoundupSummary = z.infer<typeof roundupSummarySchema>;

const calendarDaySchema = z.iso.date();

/** How many summaries a page of the list holds unless `limit` says otherwise. */
export const defaultListPageSize = 50;

/**
 * GET /api/roundups?q=&status=&region=&ownerId=&reviewerId=&from=&to=&cursor=&limit= — every filter optional;
 * `from`/`to` are days (YYYY-MM-DD, Korea time, inclusive) of the last change. Newest change first; `cursor` (the
 * previous page's `nextCursor`) asks for the page after it.
 */
export const listRoundupsQuerySchema = z.object({
  q: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  status: z.optional(roundupStatusSchema),
  region: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  ownerId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  reviewerId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  from: z.optional(calendarDaySchema),
  to: z.optional(calendarDaySchema),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200))),
});
export type ListRoundupsQuery = z.infer<typeof listRoundupsQuerySchema>;

export const listRoundupsResponseSchema = z.object({
  items: z.array(roundupSummarySchema),
  /** How many match every filter but `status`, per status: the desk view's groups. */
  counts: z.record(roundupStatusSchema, z.int().check(z.minimum(0))),
  /** Asks for the next page (as `cursor`); null on the last page. */
  nextCursor: z.nullable(z.string()),
});
export type ListRoundupsResponse = z.infer<typeof listRoundupsResponseSchema>;

/** POST /api/roundups — every field optional; a new roundup starts with one empty brief. */
export const createRoundupRequestSchema = z.strictObject({
  meta: z.optional(z.partial(roundupMetadataSchema)),
  body: z.optional(roundupBodySchema),
});
export type CreateRoundupRequest = z.infer<typeof createRoundupRequestSchema>;

/** PUT /api/roundups/:id — a save, based on the version the client last saw. */
export const saveRoundupRequestSchema = z.strictObject({
  baseVersion: z.int().check(z.minimum(1)),
  meta: roundupMetadataSchema,
  body: roundupBodySchema,
});
export type SaveRoundupRequest = z.infer<typeof saveRoundupRequestSchema>;

export const roundupResponseSchema = roundupSchema;

/**
 * PATCH /api/roundups/:id — an autosave that sends only what changed since `baseVersion`: the order of all briefs by
 * id, the briefs that are new or edited, and the metadata only when it changed. Briefs not sent stay as they are in
 * the base version. The server checks the result as a whole, exactly like a full save.
 */
export const saveRoundupChangesRequestSchema = z.strictObject({
  baseVersion: z.int().check(z.minimum(1)),
  meta: z.optional(roundupMetadataSchema),
  briefOrder: z.array(briefIdSchema).check(z.minLength(1, 'a roundup has at least one brief')),
  briefs: z.array(roundupBodySchema),
});
export type SaveRoundupChangesRequest = z.infer<typeof saveRoundupChangesRequestSchema>;

/** The answer to a partial save: the new version, without sending the whole roundup back. */
export const saveReceiptSchema = z.object({
  id: roundupIdSchema,
  version: z.int().check(z.minimum(1)),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Briefs the desk had approved that this save changed: they are back to pending review. */
  reopenedBriefIds: z.optional(z.array(z.string())),
});
export type SaveReceipt = z.infer<typeof saveReceiptSchema>;
