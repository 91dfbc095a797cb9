import { Hono } from 'hono';
import { z } from 'zod/mini';
import { exportQuerySchema, importRequestSchema, importResponseSchema, maxImportRequestBytes } from '../../contract/import-endpoints';
import { roundupIdSchema } from '../../schema/roundup';
import { importText } from '../../services/import-text';
import { exportRoundupFile } from '../roundup-export-file';
import type { ApiDependencies } from '../api-dependencies';
import type { ApiEnv } from '../api-env';
import { parseOrRefuse, readJson } from '../read-request';

const roundupParamsSchema = z.object({ id: roundupIdSchema });

/** Text in (import: the structure of a new draft, nothing saved) and exchange formats out (export). */
export function importRoutes(): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.post('/', async (c) => {
    const request = parseOrRefuse(importRequestSchema, await readJson(c.req.raw, maxImportRequestBytes), 'the import request is not valid');
    return c.json(importResponseSchema.parse(importText(c.var.signedIn.actor, request)));
  });
  return app;
}

export function exportRoutes(deps: ApiDependencies): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.get('/:id/export', async (c) => {
    const { id } = parseOrRefuse(roundupParamsSchema, c.req.param(), 'the roundup id is not valid');
    const { format } = parseOrRefuse(exportQuerySchema, c.req.query(), 'format must be one of wire, html, newsml, ninjs');
    const roundup = await deps.roundups.get(c.var.signedIn.actor, id);
    const file = exportRoundupFile(roundup, format, new URL(c.req.url).origin);
    c.header('Content-Type', file.mimeType);
    c.header('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return c.body(file.body);
  });
  return app;
}
