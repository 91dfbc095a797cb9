import { Hono } from 'hono';
import { z } from 'zod/mini';
import { roundupResponseSchema } from '../../contract/roundup-endpoints';
import {
  listRevisionsQuerySchema,
  restoreRevisionRequestSchema,
  revisionResponseSchema,
  revisionsResponseSchema,
} from '../../contract/revision-endpoints';
import { roundupIdSchema } from '../../schema/roundup';
import type { ApiDependencies } from '../api-dependencies';
import type { ApiEnv } from '../api-env';
import { parseOrRefuse, readJson } from '../read-request';

const roundupParamsSchema = z.object({ id: roundupIdSchema });
const revisionParamsSchema = z.object({ id: roundupIdSchema, version: z.coerce.number().check(z.int(), z.minimum(1), z.maximum(Number.MAX_SAFE_INTEGER)) });

/** A roundup's revisions: the list, one revision's document, and restoring one as a new revision. */
export function revisionRoutes(deps: ApiDependencies): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  app.get('/:id/revisions', async (c) => {
    const { id } = parseOrRefuse(roundupParamsSchema, c.req.param(), 'the roundup id is not valid');
    const query = parseOrRefuse(listRevisionsQuerySchema, c.req.query(), 'the query is not valid');
    return c.json(revisionsResponseSchema.parse(await deps.roundups.revisions(c.var.signedIn.actor, id, query)));
  });

  app.get('/:id/revisions/:version', async (c) => {
    const { id, version } = parseOrRefuse(revisionParamsSchema, c.req.param(), 'the roundup id or version is not valid');
    return c.json(revisionResponseSchema.parse(await deps.roundups.revision(c.var.signedIn.actor, id, version)));
  });

  app.post('/:id/revisions/:version/restore', async (c) => {
    const { id, version } = parseOrRefuse(revisionParamsSchema, c.req.param(), 'the roundup id or version is not valid');
    const request = parseOrRefuse(restoreRevisionRequestSchema, await readJson(c.req.raw, 64 * 1024), 'the request is not valid');
    return c.json(roundupResponseSchema.parse(await deps.roundups.restore(c.var.signedIn.actor, id, version, request)));
  });

  return app;
}
