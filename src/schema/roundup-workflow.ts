import { z } from 'zod';
import { briefIdSchema } from './brief-id';

/** A desk's verdict on one brief. A brief nobody has judged yet, or edited since, is `pending`. */
export const briefReviewStates = ['pending', 'approved', 'returned'] as const;
export const briefReviewStateSchema = z.enum(briefReviewStates);
export type BriefReviewState = z.infer<typeof briefReviewStateSchema>;

const stampSchema = z.object({
  by: z.string().min(1),
  byName: z.string(),
  at: z.iso.datetime({ offset: true }),
});
export type WorkflowStamp = z.infer<typeof stampSchema>;

export const briefReviewSchema = z
  .object({
    state: briefReviewStateSchema,
    /** Why it was returned: what the reporter is to fix. */
    note: z.string().max(2000).optional(),
    /** Who judged it, when; absent while pending. */
    stamp: stampSchema.optional(),
    /** It had been approved and a later edit put it back to pending. */
    reopenedByEdit: z.boolean().optional(),
  })
  .strict();
export type BriefReview = z.infer<typeof briefReviewSchema>;

/**
 * Where a roundup stands in the desk's review, beside its status. Not part of the document: never rendered, never
 * exported. Briefs missing from `briefReviews` are pending.
 */
export const roundupWorkflowSchema = z
  .object({
    briefReviews: z.record(briefIdSchema, briefReviewSchema).default({}),
    /** When a scheduled roundup goes out; nothing may be published from it before then (the embargo). */
    scheduledFor: z.iso.datetime({ offset: true }).nullable().default(null),
    /** A desk approved although not every brief was approved. */
    approvalOverride: stampSchema.extend({ note: z.string().min(1).max(2000) }).nullable().default(null),
    /** The desk who started the review. */
    reviewer: stampSchema.nullable().default(null),
    layoutCheck: stampSchema.nullable().default(null),
    publication: stampSchema.nullable().default(null),
    withdrawal: stampSchema.extend({ reason: z.string().min(1).max(2000) }).nullable().default(null),
  })
  .strict();
export type RoundupWorkflow = z.infer<typeof roundupWorkflowSchema>;

export function emptyWorkflow(): RoundupWorkflow {
  return roundupWorkflowSchema.parse({});
}
