import { Hono } from 'hono';
import { setupRequestSchema } from '../../contract/setup-endpoints';
import { sessionResponseSchema } from '../../contract/user-endpoints';
import type { ApiDependencies } from '../api-dependencies';
import type { ApiEnv } from '../api-env';
import { parseOrRefuse, readJson } from '../read-request';
import type { SessionCookies } from '../session-cookies';

/** POST /api/setup: the first admin of a server without accounts, with the printed one-time token; signs them in. */
export function setupRoutes(deps: ApiDependencies, cookies: SessionCookies): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  app.post('/setup', async (c) => {
    const request = parseOrRefuse(setupRequestSchema, await readJson(c.req.raw, 16 * 1024), 'the setup request is not valid');
    const admin = await deps.setup.createFirstAdmin(request);
    const signedIn = await deps.auth.signIn(
      { email: admin.email, password: request.password },
      { address: deps.clientAddress?.(c) ?? 'unknown' },
    );
    cookies.write(c, signedIn.token, new Date(signedIn.expiresAt));
    return c.json(sessionResponseSchema.parse({ user: signedIn.user, expiresAt: signedIn.expiresAt }), 201);
  });

  return app;
}
