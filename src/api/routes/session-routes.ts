import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { sessionCookieName, sessionResponseSchema, signInRequestSchema } from '../../contract/user-endpoints';
import type { ApiDependencies } from '../api-dependencies';
import type { ApiEnv } from '../api-env';
import { parseOrRefuse, readJson } from '../read-request';

/** POST /api/session (sign in), DELETE /api/session (sign out), GET /api/me. */
export function sessionRoutes(deps: ApiDependencies): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  app.post('/session', async (c) => {
    const request = parseOrRefuse(signInRequestSchema, await readJson(c.req.raw), 'the sign-in request is not valid');
    const signedIn = await deps.auth.signIn(request);
    setCookie(c, sessionCookieName, signedIn.token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: deps.secureCookies,
      path: '/',
      expires: new Date(signedIn.expiresAt),
    });
    return c.json(sessionResponseSchema.parse({ user: signedIn.user, expiresAt: signedIn.expiresAt }));
  });

  app.delete('/session', async (c) => {
    const token = getCookie(c, sessionCookieName);
    if (token !== undefined) await deps.auth.signOut(token);
    deleteCookie(c, sessionCookieName, { path: '/', secure: deps.secureCookies });
    return c.body(null, 204);
  });

  app.get('/me', async (c) => {
    const signedIn = await deps.auth.require(getCookie(c, sessionCookieName));
    return c.json(sessionResponseSchema.parse(signedIn.session));
  });

  return app;
}
