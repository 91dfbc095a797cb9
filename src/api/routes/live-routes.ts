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
    const token = cookies.read(c);
    const { actor } = await deps.auth.require(token);
    const feed = deps.changes;
    if (feed === undefined) throw new ServiceError('not_found', 'live updates are not offered by this backend');
    return streamSSE(c, async (stream) => {
      let stopListening: () => void = () => undefined;
      let keepAlive: ReturnType<typeof setInterval> | undefined;
      const ended = new Promise<void>((resolve) => {
        const unsubscribe = feed.subscribe(
          (change) => void stream.writeSSE({ event: 'change', data: JSON.stringify(roundupChangeSchema.parse(change)) }),
          resolve,
        );
        // A deactivated account (or one whose password an admin reset) stops hearing at once in this process; in
        // another instance behind the same database, at the next keep-alive, which asks whether the session still holds.
        const stopSessionWatch = deps.accounts.onSessionsEnded((userId) => {
          if (userId === actor.id) resolve();
        });
        stopListening = () => {
          unsubscribe();
          stopSessionWatch();
        };
        stream.onAbort(resolve);
        keepAlive = setInterval(() => {
          void stream.write(': keep-alive\n\n');
          deps.auth.authenticate(token).then(
            (still) => {
              if (still === null) resolve();
            },
            () => undefined,
          );
        }, keepAliveMs);
      });
      try {
        await stream.writeSSE({ event: 'ready', data: '{}' });
        await ended;
      } finally {
        clearInterval(keepAlive);
        stopListening();
      }
    });
  });

  app.get('/notifications', async (c) => {
    const { actor } = await deps.auth.require(cookies.read(c));
    return c.json(notificationsResponseSchema.parse(await deps.notifications.notifications(actor)));
  });

  return app;
}
