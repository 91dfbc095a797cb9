import { z } from 'zod';
import { briefIdSchema } from '../schema/brief-id';
import { userIdSchema, userRoleSchema } from './user-endpoints';

export const commentThreadIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'comment thread id is malformed');

/** Longest quoted range, and how much text on either side is kept to find it again after edits. */
export const maxQuoteLength = 1000;
export const anchorContextLength = 32;

/**
 * What a thread is about. A text range is stored as the quoted text with a little context and its offset in the
 * brief's text (`briefText`), so it can be found again after the text around it, or in it, was edited
 * (`resolveTextAnchor`); no mark is written into the document, so comments never reach a preview or an export.
 */
export const commentTargetSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('text'),
      briefId: briefIdSchema,
      quote: z.string().min(1, 'select some text to comment on').max(maxQuoteLength),
      prefix: z.string().max(anchorContextLength),
      suffix: z.string().max(anchorContextLength),
      start: z.number().int().min(0),
    })
    .strict(),
  z.object({ kind: z.literal('brief'), briefId: briefIdSchema }).strict(),
  z.object({ kind: z.literal('photo'), briefId: briefIdSchema, photoId: z.string().min(1).max(64) }).strict(),
]);
export type CommentTarget = z.infer<typeof commentTargetSchema>;
export type TextCommentTarget = Extract<CommentTarget, { kind: 'text' }>;

const commentBodySchema = z.string().trim().min(1, 'write a comment').max(4000);

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
  comments: z.array(commentSchema).min(1),
  resolved: z.object({ by: commentPersonSchema, at: z.iso.datetime({ offset: true }) }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Counts changes to the thread; storage writes are conditional on it. */
  revision: z.number().int().min(1),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;

/** GET /api/roundups/:id/comments — every thread, resolved ones included (the panel hides those by default), oldest first. */
export const commentThreadsResponseSchema = z.object({ items: z.array(commentThreadSchema) });
export type CommentThreadsResponse = z.infer<typeof commentThreadsResponseSchema>;

const mentionsSchema = z.array(userIdSchema).max(20).default([]);

/** POST /api/roundups/:id/comments — opens a thread (201). */
export const createCommentThreadRequestSchema = z
  .object({ target: commentTargetSchema, body: commentBodySchema, mentions: mentionsSchema })
  .strict();
export type CreateCommentThreadRequest = z.input<typeof createCommentThreadRequestSchema>;

/** POST /api/roundups/:id/comments/:threadId/replies */
export const replyToCommentRequestSchema = z.object({ body: commentBodySchema, mentions: mentionsSchema }).strict();
export type ReplyToCommentRequest = z.input<typeof replyToCommentRequestSchema>;

/** POST /api/roundups/:id/comments/:threadId/resolve (resolved: true) or reopen (false) share this answer: the thread. */

/**
 * PUT /api/roundups/:id/comments/:threadId/anchor — the editor moves a text anchor after the text was edited (the
 * range it tracked while typing). Only text anchors move, and only within the same brief.
 */
export const moveCommentAnchorRequestSchema = z.object({ target: commentTargetSchema }).strict();
export type MoveCommentAnchorRequest = z.infer<typeof moveCommentAnchorRequestSchema>;
