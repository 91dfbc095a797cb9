import { Hono } from 'hono';
import { z } from 'zod/mini';
import {
  createRoundupRequestSchema,
  listRoundupsQuerySchema,
  listRoundupsResponseSchema,
  roundupResponseSchema,
  saveReceiptSchema,
  saveRoundupChangesRequestSchema,
  saveRoundupRequestSchema,
} from '../../contract/roundup-endpoints';
import { apiRoutes, idempotencyKeyHeader } from '../../contract/routes';
import { roundupActionRequestSchema, roundupEventsResponseSchema } from '../../contract/workflow-endpoints';
import { lockRequestSchema, lockResponseSchema } from '../../contract/lock-endpoints';
import { roundupIdSchema } from '../../schema/roundup';
import type { ApiDependencies } from '../api-dependencies';
import type { ApiEnv } from '../api-env';
import { parseOrRefuse, readJson } from '../read-request';

const roundupParamsSchema = z.object({ id: roundupIdSchema });

/** The roundup endpoints. Every request and response is checked against the contract. */
export function roundupRoutes(deps: ApiDependencies): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  app.get('/', async (c) => {
    const query = parseOrRefuse(listRoundupsQuerySchema, c.req.query(), 'the query is not valid');
    return c.json(listRoundupsResponseSchema.parse(await deps.roundups.list(c.var.signedIn.actor, query)));
  });

  app.post('/', async (c) => {
    const body = parseOrRefuse(createRoundupRequestSchema, await readJson(c.req.raw), 'the request is not valid');
    const created = roundupResponseSchema.parse(await deps.roundups.create(c.var.signedIn.actor, body));
    c.header('Location', apiRoutes.roundup(created.id));
    return c.json(created, 201);
  });

  app.get('/:id', async (c) => {
    const { id } = parseOrRefuse(roundupParamsSchema, c.req.param(), 'the roundup id is not valid');
    return c.json(roundupResponseSchema.parse(await deps.roundups.get(c.var.signedIn.actor, id)));
  });

  app.put('/:id', async (c) => {
    const { id } = parseOrRefuse(roundupParamsSchema, c.req.param(), 'the roundup id is not valid');
    const idempotencyKey = c.req.header(idempotencyKeyHeader);
    const body = parseOrRefuse(saveRoundupRequestSchema, await readJson(c.req.raw), 'the request is not valid');
    const saved = await deps.roundups.save(c.var.signedIn.actor, id, body, idempotencyKey === undefined ? {} : { idempotencyKey });
    return c.json(roundupResponseSchema.parse(saved));
  });

  app.patch('/:id', async (c) => {
    const { id } = parseOrRefuse(roundupParamsSchema, c.req.param(), 'the roundup id is not valid');
    const idempotencyKey = c.req.header(idempotencyKeyHeader);
    const body = parseOrRefuse(saveRoundupChangesRequestSchema, await readJson(c.req.raw), 'the request is not valid');
    const receipt = await deps.roundups.saveChanges(c.var.signedIn.actor, id, body, idempotencyKey === undefined ? {} : { idempotencyKey });
    return c.json(saveReceiptSchema.parse(receipt));
  });

  app.post('/:id/actions', async (c) => {
    const { id } = parseOrRefuse(roundupParamsSchema, c.req.param(), 'the roundup id is not valid');
    const action = parseOrRefuse(roundupActionRequestSchema, await readJson(c.req.raw), 'the action is not valid');
    return c.json(roundupResponseSchema.parse(await deps.roundups.act(c.var.signedIn.actor, id, action)));
  });

  app.post('/:id/lock', async (c) => {
    const { id } = parseOrRefuse(roundupParamsSchema, c.req.param(), 'the roundup id is not valid');
    const { lockId } = parseOrRefuse(lockRequestSchema, await readJson(c.req.raw, 4096), 'the lock request is not valid');
    return c.json(lockResponseSchema.parse(await deps.locks.acquire(c.var.signedIn.actor, id, lockId)));
  });

  app.post('/:id/lock/takeover', async (c) => {
    const { id } = parseOrRefuse(roundupParamsSchema, c.req.param(), 'the roundup id is not valid');
    const { lockId } = parseOrRefuse(lockRequestSchema, await readJson(c.req.raw, 4096), 'the lock request is not valid');
    return c.json(lockResponseSchema.parse(await deps.locks.requestTakeover(c.var.signedIn.actor, id, lockId)));
  });

  app.delete('/:id/lock', async (c) => {
    const { id } = parseOrRefuse(roundupParamsSchema, c.req.param(), 'the roundup id is not valid');
    const { lockId } = parseOrRefuse(lockRequestSchema, await readJson(c.req.raw, 4096), 'the lock request is not valid');
    await deps.locks.release(c.var.signedIn.actor, id, lockId);
    return c.body(null, 204);
  });

  app.get('/:id/events', async (c) => {
    const { id } = parseOrRefuse(roundupParamsSchema, c.req.param(), 'the roundup id is not valid');
    return c.json(roundupEventsResponseSchema.parse(await deps.roundups.events(c.var.signedIn.actor, id)));
  });

  app.delete('/:id', async (c) => {
    const { id } = parseOrRefuse(roundupParamsSchema, c.req.param(), 'the roundup id is not valid');
    await deps.roundups.remove(c.var.signedIn.actor, id);
    await deps.comments.removeAllOf(id);
    return c.body(null, 204);
  });

  return app;
}
