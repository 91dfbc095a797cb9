import { z } from 'zod/mini';
import { commentSchema } from './comment-endpoints';
import { roundupEventSchema } from './workflow-endpoints';

const aboutRoundup = { roundupId: z.string(), headline: z.string(), kicker: z.string() };

/** A review step someone else took on one of my roundups. */
export const reviewNotificationSchema = z.object({ kind: z.literal('review'), ...aboutRoundup, at: z.string(), event: roundupEventSchema });

/**
 * A comment someone else wrote that concerns me: it mentions me (`mentioned`), sits on one of my roundups, or
 * answers a thread I wrote in.
 */
export const commentNotificationSchema = z.object({
  kind: z.literal('comment'),
  ...aboutRoundup,
  at: z.string(),
  threadId: z.string(),
  comment: commentSchema,
  mentioned: z.boolean(),
  /** The quoted text or brief the thread is about, for the list. */
  excerpt: z.string(),
});

export const notificationSchema = z.discriminatedUnion('kind', [reviewNotificationSchema, commentNotificationSchema]);
export type Notification = z.infer<typeof notificationSchema>;

/**
 * GET /api/notifications — what others did that concerns me, newest first: review steps on my roundups (mine as
 * reporter, or as their desk) and comments that mention me, sit on my roundups or answer my threads.
 */
export const notificationsResponseSchema = z.object({ items: z.array(notificationSchema) });
export type NotificationsResponse = z.infer<typeof notificationsResponseSchema>;
