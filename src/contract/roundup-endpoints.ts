import { z } from 'zod';
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
  briefCount: z.number().int().min(0),
  version: z.number().int().min(1),
  updatedAt: z.iso.datetime({ offset: true }),
  /** The desk who started the review, once one has. */
  reviewerId: z.string().nullable(),
  /** When a scheduled roundup goes out (its embargo). */
  scheduledFor: z.iso.datetime({ offset: true }).nullable(),
});
export type RoundupSummary = z.infer<typeof roundupSummarySchema>;

const calendarDaySchema = z.iso.date();

/**
 * GET /api/roundups?q=&status=&region=&ownerId=&reviewerId=&from=&to= — every filter optional; `from`/`to` are days
 * (YYYY-MM-DD, Korea time, inclusive) of the last change.
 */
export const listRoundupsQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  status: roundupStatusSchema.optional(),
  region: z.string().trim().min(1).max(100).optional(),
  ownerId: z.string().min(1).max(100).optional(),
  reviewerId: z.string().min(1).max(100).optional(),
  from: calendarDaySchema.optional(),
  to: calendarDaySchema.optional(),
});
export type ListRoundupsQuery = z.infer<typeof listRoundupsQuerySchema>;

export const listRoundupsResponseSchema = z.object({
  items: z.array(roundupSummarySchema),
  /** How many match every filter but `status`, per status: the desk view's groups. */
  counts: z.record(roundupStatusSchema, z.number().int().min(0)),
});
export type ListRoundupsResponse = z.infer<typeof listRoundupsResponseSchema>;

/** POST /api/roundups — every field optional; a new roundup starts with one empty brief. */
export const createRoundupRequestSchema = z
  .object({
    meta: roundupMetadataSchema.partial().optional(),
    body: roundupBodySchema.optional(),
  })
  .strict();
export type CreateRoundupRequest = z.infer<typeof createRoundupRequestSchema>;

/** PUT /api/roundups/:id — a save, based on the version the client last saw. */
export const saveRoundupRequestSchema = z
  .object({
    baseVersion: z.number().int().min(1),
    meta: roundupMetadataSchema,
    body: roundupBodySchema,
  })
  .strict();
export type SaveRoundupRequest = z.infer<typeof saveRoundupRequestSchema>;

export const roundupResponseSchema = roundupSchema;

/**
 * PATCH /api/roundups/:id — an autosave that sends only what changed since `baseVersion`: the order of all briefs by
 * id, the briefs that are new or edited, and the metadata only when it changed. Briefs not sent stay as they are in
 * the base version. The server checks the result as a whole, exactly like a full save.
 */
export const saveRoundupChangesRequestSchema = z
  .object({
    baseVersion: z.number().int().min(1),
    meta: roundupMetadataSchema.optional(),
    briefOrder: z.array(briefIdSchema).min(1, 'a roundup has at least one brief'),
    briefs: z.array(roundupBodySchema),
  })
  .strict();
export type SaveRoundupChangesRequest = z.infer<typeof saveRoundupChangesRequestSchema>;

/** The answer to a partial save: the new version, without sending the whole roundup back. */
export const saveReceiptSchema = z.object({
  id: roundupIdSchema,
  version: z.number().int().min(1),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Briefs the desk had approved that this save changed: they are back to pending review. */
  reopenedBriefIds: z.array(z.string()).optional(),
});
export type SaveReceipt = z.infer<typeof saveReceiptSchema>;
