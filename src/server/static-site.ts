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
  site.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  site.use(
    '*',
    serveStatic({
      root,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'no-cache');
      },
    }),
  );
  site.get(
    '*',
    serveStatic({
      root,
      rewriteRequestPath: () => '/index.html',
      onFound: (_path, c) => {
        c.header('Cache-Control', 'no-cache');
      },
    }),
  );
  return site;
}
