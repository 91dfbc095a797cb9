import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

/**
 * The built single-page app: hashed assets cached for a year, everything else revalidated, and any other path
 * answered with index.html so client-side routes (/roundups/…) survive a reload.
 */
export function staticSite(root: string): Hono | null {
  if (!existsSync(join(root, 'index.html'))) return null;
  const site = new Hono();
  const serve = (cacheControl: string, rewriteRequestPath?: () => string) =>
    serveStatic({
      root,
      ...(rewriteRequestPath ? { rewriteRequestPath } : {}),
      onFound: (_path, c) => {
        c.header('Cache-Control', cacheControl);
      },
    });
  site.use('/assets/*', serve('public, max-age=31536000, immutable'));
  site.use('*', serve('no-cache'));
  site.get('*', serve('no-cache', () => '/index.html'));
  return site;
}
