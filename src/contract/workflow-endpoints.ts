import { z } from 'zod';
import { briefIdSchema } from '../schema/brief-id';
import { roundupStatusSchema } from '../schema/roundup-status';
import { userRoleSchema } from './user-endpoints';

const noteSchema = z.string().trim().min(1, 'write a note').max(2000);

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
  z.object({ action: z.literal('submit'), note: noteSchema.optional() }).strict(),
  z.object({ action: z.literal('withdraw_submission'), note: noteSchema.optional() }).strict(),
  z.object({ action: z.literal('start_review') }).strict(),
  z.object({ action: z.literal('approve_brief'), briefId: briefIdSchema }).strict(),
  /** The note says what to fix; the reporter sees it on the brief. */
  z.object({ action: z.literal('return_brief'), briefId: briefIdSchema, note: noteSchema }).strict(),
  z.object({ action: z.literal('request_changes'), note: noteSchema }).strict(),
  /** `override` approves although some briefs are not approved; its note is recorded. */
  z.object({ action: z.literal('approve'), override: z.object({ note: noteSchema }).strict().optional() }).strict(),
  /** `publishAt` must lie ahead: it is also the embargo shown on the item. */
  z.object({ action: z.literal('schedule'), publishAt: z.iso.datetime({ offset: true }) }).strict(),
  z.object({ action: z.literal('publish') }).strict(),
  z.object({ action: z.literal('unpublish'), reason: noteSchema }).strict(),
  z.object({ action: z.literal('check_layout'), note: noteSchema.optional() }).strict(),
]);
export type RoundupActionRequest = z.infer<typeof roundupActionRequestSchema>;

/** One recorded step of a roundup's review: who did what, when, from which status to which. */
export const roundupEventSchema = z.object({
  roundupId: z.string(),
  /** The workflow revision this step produced: numbers a roundup's history in order. */
  revision: z.number().int().min(1),
  at: z.iso.datetime({ offset: true }),
  actor: z.object({ id: z.string(), name: z.string(), role: userRoleSchema }),
  action: roundupActionSchema,
  from: roundupStatusSchema,
  to: roundupStatusSchema,
  note: z.string().optional(),
  briefId: z.string().optional(),
  /** For `schedule`: the time set; for `approve`: whether the desk overrode unapproved briefs. */
  publishAt: z.string().optional(),
  override: z.boolean().optional(),
});
export type RoundupEvent = z.infer<typeof roundupEventSchema>;

/** GET /api/roundups/:id/events, oldest first. */
export const roundupEventsResponseSchema = z.object({ items: z.array(roundupEventSchema) });
export type RoundupEventsResponse = z.infer<typeof roundupEventsResponseSchema>;
