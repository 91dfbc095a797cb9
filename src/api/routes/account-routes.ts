import { Hono } from 'hono';
import {
  accountListResponseSchema,
  accountSchema,
  accountWithPasswordResponseSchema,
  changeOwnPasswordRequestSchema,
  createAccountRequestSchema,
  resetPasswordRequestSchema,
  updateAccountRequestSchema,
} from '../../contract/account-endpoints';
import { userIdSchema } from '../../contract/user-endpoints';
import type { ApiDependencies } from '../api-dependencies';
import type { ApiEnv } from '../api-env';
import { parseOrRefuse, readJson } from '../read-request';
import type { SessionCookies } from '../session-cookies';

const accountRequestLimitBytes = 16 * 1024;

/**
 * GET/POST /api/users, PATCH /api/users/:id, POST /api/users/:id/password (admins), and POST /api/me/password
 * (everyone, for their own account).
 */
export function accountRoutes(deps: ApiDependencies, cookies: SessionCookies): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  app.get('/users', async (c) => {
    const { actor } = await deps.auth.require(cookies.read(c));
    return c.json(accountListResponseSchema.parse(await deps.accounts.list(actor)));
  });

  app.post('/users', async (c) => {
    const { actor } = await deps.auth.require(cookies.read(c));
    const request = parseOrRefuse(
      createAccountRequestSchema,
      await readJson(c.req.raw, accountRequestLimitBytes),
      'the account request is not valid',
    );
    return c.json(accountWithPasswordResponseSchema.parse(await deps.accounts.create(actor, request)), 201);
  });

  app.patch('/users/:id', async (c) => {
    const { actor } = await deps.auth.require(cookies.read(c));
    const id = parseOrRefuse(userIdSchema, c.req.param('id'), 'the account id is not valid');
    const request = parseOrRefuse(
      updateAccountRequestSchema,
      await readJson(c.req.raw, accountRequestLimitBytes),
      'the account change is not valid',
    );
    return c.json(accountSchema.parse(await deps.accounts.update(actor, id, request)));
  });

  app.post('/users/:id/password', async (c) => {
    const { actor } = await deps.auth.require(cookies.read(c));
    const id = parseOrRefuse(userIdSchema, c.req.param('id'), 'the account id is not valid');
    const request = parseOrRefuse(
      resetPasswordRequestSchema,
      await readJson(c.req.raw, accountRequestLimitBytes),
      'the password request is not valid',
    );
    return c.json(accountWithPasswordResponseSchema.parse(await deps.accounts.resetPassword(actor, id, request)));
  });

  app.post('/me/password', async (c) => {
    const token = cookies.read(c);
    const { actor } = await deps.auth.require(token);
    const request = parseOrRefuse(
      changeOwnPasswordRequestSchema,
      await readJson(c.req.raw, accountRequestLimitBytes),
      'the password change is not valid',
    );
    await deps.accounts.changeOwnPassword(actor, token, request);
    return c.body(null, 204);
  });

  return app;
}
