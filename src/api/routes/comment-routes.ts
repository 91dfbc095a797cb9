import { Hono } from 'hono';
import { z } from 'zod/mini';
import {
  commentThreadIdSchema,
  commentThreadSchema,
  commentThreadsResponseSchema,
  createCommentThreadRequestSchema,
  moveCommentAnchorRequestSchema,
  replyToCommentRequestSchema,
} from '../../contract/comment-endpoints';
import { apiRoutes } from '../../contract/routes';
import { roundupIdSchema } from '../../schema/roundup';
import type { ApiDependencies } from '../api-dependencies';
import type { ApiEnv } from '../api-env';
import { parseOrRefuse, readJson } from '../read-request';

const roundupParamsSchema = z.object({ id: roundupIdSchema });
const threadParamsSchema = z.object({ id: roundupIdSchema, threadId: commentThreadIdSchema });
const maxCommentRequestBytes = 64 * 1024;

/** Comment threads of a roundup: kept apart from the document, so they never reach a preview or an export. */
export function commentRoutes(deps: ApiDependencies): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const threadParams = (params: Record<string, string>) =>
    parseOrRefuse(threadParamsSchema, params, 'the roundup or thread id is not valid');

  app.get('/:id/comments', async (c) => {
    const { id } = parseOrRefuse(roundupParamsSchema, c.req.param(), 'the roundup id is not valid');
    return c.json(commentThreadsResponseSchema.parse(await deps.comments.list(c.var.signedIn.actor, id)));
  });

  app.post('/:id/comments', async (c) => {
    const { id } = parseOrRefuse(roundupParamsSchema, c.req.param(), 'the roundup id is not valid');
    const request = parseOrRefuse(createCommentThreadRequestSchema, await readJson(c.req.raw, maxCommentRequestBytes), 'the comment is not valid');
    const thread = commentThreadSchema.parse(await deps.comments.open(c.var.signedIn.actor, id, request));
    c.header('Location', apiRoutes.roundupCommentThread(id, thread.id));
    return c.json(thread, 201);
  });

  app.post('/:id/comments/:threadId/replies', async (c) => {
    const { id, threadId } = threadParams(c.req.param());
    const request = parseOrRefuse(replyToCommentRequestSchema, await readJson(c.req.raw, maxCommentRequestBytes), 'the reply is not valid');
    return c.json(commentThreadSchema.parse(await deps.comments.reply(c.var.signedIn.actor, id, threadId, request)));
  });

  app.post('/:id/comments/:threadId/resolve', async (c) => {
    const { id, threadId } = threadParams(c.req.param());
    return c.json(commentThreadSchema.parse(await deps.comments.setResolved(c.var.signedIn.actor, id, threadId, true)));
  });

  app.post('/:id/comments/:threadId/reopen', async (c) => {
    const { id, threadId } = threadParams(c.req.param());
    return c.json(commentThreadSchema.parse(await deps.comments.setResolved(c.var.signedIn.actor, id, threadId, false)));
  });

  app.put('/:id/comments/:threadId/anchor', async (c) => {
    const { id, threadId } = threadParams(c.req.param());
    const request = parseOrRefuse(moveCommentAnchorRequestSchema, await readJson(c.req.raw, maxCommentRequestBytes), 'the anchor is not valid');
    return c.json(commentThreadSchema.parse(await deps.comments.moveAnchor(c.var.signedIn.actor, id, threadId, request)));
  });

  app.delete('/:id/comments/:threadId', async (c) => {
    const { id, threadId } = threadParams(c.req.param());
    await deps.comments.remove(c.var.signedIn.actor, id, threadId);
    return c.body(null, 204);
  });

  return app;
}
