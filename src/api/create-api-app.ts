import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod/mini';
import { ServiceError } from '../services/service-error';
import type { ApiDependencies } from './api-dependencies';
import type { ApiEnv } from './api-env';
import { apiErrorResponse } from './api-error-response';
import { csrfGuard } from './csrf-guard';
import { buildOpenApiDocument } from './openapi-document';
import { photoRoutes } from './routes/photo-routes';
import { roundupRoutes } from './routes/roundup-routes';
import { revisionRoutes } from './routes/revision-routes';
import { deletionRoutes } from './routes/deletion-routes';
import { commentRoutes } from './routes/comment-routes';
import { exportRoutes, importRoutes } from './routes/exchange-routes';
import { liveRoutes } from './routes/live-routes';
import { sessionRoutes } from './routes/session-routes';
import { accountRoutes } from './routes/account-routes';
import { setupRoutes } from './routes/setup-routes';
import { httpSessionCookies, type SessionCookies } from './session-cookies';

/**
 * Bureau's HTTP API as one Hono app over the services. The Node server serves it, and the browser mock answers
 * with the very same app inside MSW, so the two cannot drift apart.
 */
export function createApiApp(deps: ApiDependencies): Hono<ApiEnv> {
  // zod/mini loads no messages of its own: without this, every issue a client is sent would read "Invalid input".
  z.config(z.locales.en());
  const app = new Hono<ApiEnv>().basePath('/api');
  const openApi = buildOpenApiDocument();
  const cookies = deps.sessionCookies ?? httpSessionCookies(deps.secureCookies);

  app.onError((error) => apiErrorResponse(error, deps.logger));
  app.notFound((c) =>
    apiErrorResponse(new ServiceError('not_found', `there is no endpoint ${c.req.method} ${new URL(c.req.url).pathname}`)),
  );

  // Set before the handler so that they go out with the response it builds: touching `c.res` afterwards would make the
  // Node adapter turn its light response into a full one on every request. Responses built outside the context
  // (errors, photo files) carry these headers themselves.
  app.use('*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    await next();
  });
  app.use('*', csrfGuard(deps.trustedOrigins));

  app.get('/health', async (c) => c.json({ ok: true, ...(await deps.describeBackend?.()) }));
  app.get('/openapi.json', (c) => c.json(openApi));

  app.route('/', sessionRoutes(deps, cookies));
  app.route('/', setupRoutes(deps, cookies));
  app.route('/', liveRoutes(deps, cookies));
  app.route('/', accountRoutes(deps, cookies));

  // Everything below needs a signed-in user.
  const requireSession = signedIn(deps, cookies);
  app.use('/roundups/*', requireSession);
  app.use('/roundups', requireSession);
  app.use('/photos/*', requireSession);
  app.use('/photos', requireSession);
  app.use('/import', requireSession);
  app.use('/deletions', requireSession);
  app.route('/roundups', roundupRoutes(deps));
  app.route('/roundups', revisionRoutes(deps));
  app.route('/roundups', commentRoutes(deps));
  app.route('/roundups', exportRoutes(deps));
  app.route('/import', importRoutes());
  app.route('/deletions', deletionRoutes(deps));
  app.route('/photos', photoRoutes(deps));
  // Mounted under another app (the server's), unknown /api paths must still get the API's error shape.
  app.all('*', (c) => apiErrorResponse(new ServiceError('not_found', `there is no endpoint ${c.req.method} ${new URL(c.req.url).pathname}`)));

  return app;
}

function signedIn(deps: ApiDependencies, cookies: SessionCookies) {
  return createMiddleware<ApiEnv>(async (c, next) => {
    const token = cookies.read(c);
    c.set('sessionToken', token);
    c.set('signedIn', await deps.auth.require(token));
    await next();
  });
}
