import { Hono } from 'hono';
import { peopleResponseSchema, sessionResponseSchema, signInRequestSchema } from '../../contract/user-endpoints';
import type { ApiDependencies } from '../api-dependencies';
import type { ApiEnv } from '../api-env';
import { parseOrRefuse, readJson } from '../read-request';
import type { SessionCookies } from '../session-cookies';

/** POST /api/session (sign in), DELETE /api/session (sign out), GET /api/me. */
export function sessionRoutes(deps: ApiDependencies, cookies: SessionCookies): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  app.post('/session', async (c) => {
    const request = parseOrRefuse(signInRequestSchema, await readJson(c.req.raw, 16 * 1024), 'the sign-in request is not valid');
    const signedIn = await deps.auth.signIn(request, { address: deps.clientAddress?.(c) ?? 'unknown' });
    cookies.write(c, signedIn.token, new Date(signedIn.expiresAt));
    return c.json(sessionResponseSchema.parse({ user: signedIn.user, expiresAt: signedIn.expiresAt }));
  });

  app.delete('/session', async (c) => {
    const token = cookies.read(c);
    if (token !== undefined) await deps.auth.signOut(token);
    cookies.clear(c);
    return c.body(null, 204);
  });

  app.get('/people', async (c) => {
    await deps.auth.require(cookies.read(c));
    return c.json(peopleResponseSchema.parse(await deps.auth.people()));
  });

  app.get('/me', async (c) => {
    const signedIn = await deps.auth.require(cookies.read(c));
    return c.json(sessionResponseSchema.parse(signedIn.session));
  });

  return app;
}
