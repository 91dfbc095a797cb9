import { z } from 'zod/mini';
import { briefIdSchema } from '../schema/brief-id';
import { roundupStatusSchema } from '../schema/roundup-status';
import { userRoleSchema } from './user-endpoints';

const noteSchema = z.string().check(z.trim(), z.minLength(1, 'write a note'), z.maxLength(2000));

/** What can be done to a roundup in review, one request each. */
export const roundupActions = [
  'submit',
  'withdraw_submission',
  'start_review',
  'approve_brief',
  'return_brief',
  'request_changes',
  'approve',
  'schedule',
  'publish',
  'unpublish',
  'check_layout',
] as const;
export const roundupActionSchema = z.enum(roundupActions);
export type RoundupActionName = z.infer<typeof roundupActionSchema>;

/** POST /api/roundups/:id/actions */
export const roundupActionRequestSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('submit'), note: z.optional(noteSchema) }),
  z.strictObject({ action: z.literal('withdraw_submission'), note: z.optional(noteSchema) }),
  z.strictObject({ action: z.literal('start_review') }),
  z.strictObject({ action: z.literal('approve_brief'), briefId: briefIdSchema }),
  /** The note says what to fix; the reporter sees it on the brief. */
  z.strictObject({ action: z.literal('return_brief'), briefId: briefIdSchema, note: noteSchema }),
  z.strictObject({ action: z.literal('request_changes'), note: noteSchema }),
  /** `override` approves although some briefs are not approved; its note is recorded. */
  z.strictObject({ action: z.literal('approve'), override: z.optional(z.strictObject({ note: noteSchema })) }),
  /** `publishAt` must lie ahead: it is also the embargo shown on the item. */
  z.strictObject({ action: z.literal('schedule'), publishAt: z.iso.datetime({ offset: true }) }),
  z.strictObject({ action: z.literal('publish') }),
  z.strictObject({ action: z.literal('unpublish'), reason: noteSchema }),
  z.strictObject({ action: z.literal('check_layout'), note: z.optional(noteSchema) }),
]);
export type RoundupActionRequest = z.infer<typeof roundupActionRequestSchema>;

/** One recorded step of a roundup's review: who did what, when, from which status to which. */
export const roundupEventSchema = z.object({
  roundupId: z.string(),
  /** The workflow revision this step produced: numbers a roundup's history in order. */
  revision: z.int().check(z.minimum(1)),
  at: z.iso.datetime({ offset: true }),
  actor: z.object({ id: z.string(), name: z.string(), role: userRoleSchema }),
  action: roundupActionSchema,
  from: roundupStatusSchema,
  to: roundupStatusSchema,
  note: z.optional(z.string()),
  briefId: z.optional(z.string()),
  /** For `schedule`: the time set; for `approve`: whether the desk overrode unapproved briefs. */
  publishAt: z.optional(z.string()),
  override: z.optional(z.boolean()),
});
export type RoundupEvent = z.infer<typeof roundupEventSchema>;

/** GET /api/roundups/:id/events, oldest first. */
export const roundupEventsResponseSchema = z.object({ items: z.array(roundupEventSchema) });
export type RoundupEventsResponse = z.infer<typeof roundupEventsResponseSchema>;
