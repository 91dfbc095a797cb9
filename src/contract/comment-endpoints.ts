import { z } from 'zod/mini';
import { briefIdSchema } from '../schema/brief-id';
import { userIdSchema, userRoleSchema } from './user-endpoints';

export const commentThreadIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'comment thread id is malformed'));

/** Longest quoted range, and how much text on either side is kept to find it again after edits. */
export const maxQuoteLength = 1000;
export const anchorContextLength = 32;

/**
 * What a thread is about. A text range is stored as the quoted text with a little context and its offset in the
 * brief's text (`briefText`), so it can be found again after the text around it, or in it, was edited
 * (`resolveTextAnchor`); no mark is written into the document, so comments never reach a preview or an export.
 */
export const commentTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('text'),
    briefId: briefIdSchema,
    quote: z.string().check(z.minLength(1, 'select some text to comment on'), z.maxLength(maxQuoteLength)),
    prefix: z.string().check(z.maxLength(anchorContextLength)),
    suffix: z.string().check(z.maxLength(anchorContextLength)),
    start: z.int().check(z.minimum(0)),
  }),
  z.strictObject({ kind: z.literal('brief'), briefId: briefIdSchema }),
  z.strictObject({ kind: z.literal('photo'), briefId: briefIdSchema, photoId: z.string().check(z.minLength(1), z.maxLength(64)) }),
]);
export type CommentTarget = z.infer<typeof commentTargetSchema>;
export type TextCommentTarget = Extract<CommentTarget, { kind: 'text' }>;

const commentBodySchema = z.string().check(z.trim(), z.minLength(1, 'write a comment'), z.maxLength(4000));

export const commentPersonSchema = z.object({ id: z.string(), name: z.string() });

export const commentSchema = z.object({
  id: z.string(),
  author: z.object({ id: z.string(), name: z.string(), role: userRoleSchema }),
  body: z.string(),
  /** People mentioned with @: they are notified. */
  mentions: z.array(commentPersonSchema),
  at: z.iso.datetime({ offset: true }),
});
export type Comment = z.infer<typeof commentSchema>;

export const commentThreadSchema = z.object({
  id: z.string(),
  roundupId: z.string(),
  target: commentTargetSchema,
  /** The first comment opens the thread; replies follow, oldest first. */
  comments: z.array(commentSchema).check(z.minLength(1)),
  resolved: z.nullable(z.object({ by: commentPersonSchema, at: z.iso.datetime({ offset: true }) })),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Counts changes to the thread; storage writes are conditional on it. */
  revision: z.int().check(z.minimum(1)),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;

/** GET /api/roundups/:id/comments — every thread, resolved ones included (the panel hides those by default), oldest first. */
export const commentThreadsResponseSchema = z.object({ items: z.array(commentThreadSchema) });
export type CommentThreadsResponse = z.infer<typeof commentThreadsResponseSchema>;

const mentionsSchema = z._default(z.array(userIdSchema).check(z.maxLength(20)), []);

/** POST /api/roundups/:id/comments — opens a thread (201). */
export const createCommentThreadRequestSchema = z.strictObject({
  target: commentTargetSchema,
  body: commentBodySchema,
  mentions: mentionsSchema,
});
export type CreateCommentThreadRequest = z.input<typeof createCommentThreadRequestSchema>;

/** POST /api/roundups/:id/comments/:threadId/replies */
export const replyToCommentRequestSchema = z.strictObject({ body: commentBodySchema, mentions: mentionsSchema });
export type ReplyToCommentRequest = z.input<typeof replyToCommentRequestSchema>;

/** POST /api/roundups/:id/comments/:threadId/resolve (resolved: true) or reopen (false) share this answer: the thread. */

/**
 * PUT /api/roundups/:id/comments/:threadId/anchor — the editor moves a text anchor after the text was edited (the
 * range it tracked while typing). Only text anchors move, and only within the same brief.
 */
export const moveCommentAnchorRequestSchema = z.strictObject({ target: commentTargetSchema });
export type MoveCommentAnchorRequest = z.infer<typeof moveCommentAnchorRequestSchema>;
