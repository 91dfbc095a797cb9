import { z } from 'zod/mini';
import { briefIdSchema } from './brief-id';

/** A desk's verdict on one brief. A brief nobody has judged yet, or edited since, is `pending`. */
export const briefReviewStates = ['pending', 'approved', 'returned'] as const;
export const briefReviewStateSchema = z.enum(briefReviewStates);
export type BriefReviewState = z.infer<typeof briefReviewStateSchema>;

const stampSchema = z.object({
  by: z.string().check(z.minLength(1)),
  byName: z.string(),
  at: z.iso.datetime({ offset: true }),
});
export type WorkflowStamp = z.infer<typeof stampSchema>;

export const briefReviewSchema = z.strictObject({
  state: briefReviewStateSchema,
  /** Why it was returned: what the reporter is to fix. */
  note: z.optional(z.string().check(z.maxLength(2000))),
  /** Who judged it, when; absent while pending. */
  stamp: z.optional(stampSchema),
  /** It had been approved and a later edit put it back to pending. */
  reopenedByEdit: z.optional(z.boolean()),
});
export type BriefReview = z.infer<typeof briefReviewSchema>;

/**
 * Where a roundup stands in the desk's review, beside its status. Not part of the document: never rendered, never
 * exported. Briefs missing from `briefReviews` are pending.
 */
export const roundupWorkflowSchema = z.strictObject({
  briefReviews: z._default(z.record(briefIdSchema, briefReviewSchema), {}),
  /** When a scheduled roundup goes out; nothing may be published from it before then (the embargo). */
  scheduledFor: z._default(z.nullable(z.iso.datetime({ offset: true })), null),
  /** A desk approved although not every brief was approved. */
  approvalOverride: z._default(
    z.nullable(z.extend(stampSchema, { note: z.string().check(z.minLength(1), z.maxLength(2000)) })),
    null,
  ),
  /** The desk who started the review. */
  reviewer: z._default(z.nullable(stampSchema), null),
  layoutCheck: z._default(z.nullable(stampSchema), null),
  publication: z._default(z.nullable(stampSchema), null),
  withdrawal: z._default(z.nullable(z.extend(stampSchema, { reason: z.string().check(z.minLength(1), z.maxLength(2000)) })), null),
});
export type RoundupWorkflow = z.infer<typeof roundupWorkflowSchema>;

export function emptyWorkflow(): RoundupWorkflow {
  return roundupWorkflowSchema.parse({});
}
