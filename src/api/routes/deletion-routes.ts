import { Hono } from 'hono';
import { deletionsResponseSchema, listDeletionsQuerySchema } from '../../contract/deletion-endpoints';
import type { ApiDependencies } from '../api-dependencies';
import type { ApiEnv } from '../api-env';
import { parseOrRefuse } from '../read-request';

/** The log of deleted roundups, for desks and admins. */
export function deletionRoutes(deps: ApiDependencies): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  app.get('/', async (c) => {
    const query = parseOrRefuse(listDeletionsQuerySchema, c.req.query(), 'the query is not valid');
    return c.json(deletionsResponseSchema.parse(await deps.roundups.deletions(c.var.signedIn.actor, query)));
  });

  return app;
}
