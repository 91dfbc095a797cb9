import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { roundupChangeSchema } from '../../contract/live-endpoints';
import { notificationsResponseSchema } from '../../contract/notification-endpoints';
import { ServiceError } from '../../services/service-error';
import type { ApiDependencies } from '../api-dependencies';
import type { ApiEnv } from '../api-env';
import type { SessionCookies } from '../session-cookies';

/** Proxies drop a silent connection after a minute or so; a comment line now and then keeps it open. */
const keepAliveMs = 25_000;

/** GET /api/live: the change feed as Server-Sent Events, for signed-in users. */
export function liveRoutes(deps: ApiDependencies, cookies: SessionCookies): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  app.get('/live', async (c) => {
    await deps.auth.require(cookies.read(c));
    const feed = deps.changes;
    if (feed === undefined) throw new ServiceError('not_found', 'live updates are not offered by this backend');
    return streamSSE(c, async (stream) => {
      const ended = new Promise<void>((resolve) => {
        const unsubscribe = feed.subscribe(
          (change) => void stream.writeSSE({ event: 'change', data: JSON.stringify(roundupChangeSchema.parse(change)) }),
          resolve,
        );
        stream.onAbort(() => {
          unsubscribe();
          resolve();
        });
      });
      const keepAlive = setInterval(() => void stream.write(': keep-alive\n\n'), keepAliveMs);
      try {
        await stream.writeSSE({ event: 'ready', data: '{}' });
        await ended;
      } finally {
        clearInterval(keepAlive);
      }
    });
  });

  app.get('/notifications', async (c) => {
    const { actor } = await deps.auth.require(cookies.read(c));
    return c.json(notificationsResponseSchema.parse(await deps.notifications.notifications(actor)));
  });

  return app;
}
