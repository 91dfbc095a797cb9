import { delay, http, type HttpHandler } from 'msw';
import type { Hono } from 'hono';
import type { ApiEnv } from '../api/api-env';

export interface MockHandlerOptions {
  /** The API app (src/api) over the mock's services: the same app the Node server serves. */
  app: Hono<ApiEnv>;
  /**
   * The origin the handlers answer on. Default: the page's own origin (MSW resolves relative paths against
   * `location`). Under `msw/node` there is no page, so tests pass one, e.g. `http://localhost`.
   */
  baseUrl?: string;
  /** Wait this long before every answer so saving and loading states can be seen in the demo. Default 0. */
  latencyMs?: number;
}

/** One MSW handler for all of `/api`: it hands each request to the shared API app, unchanged. */
export function createMockHandlers(options: MockHandlerOptions): HttpHandler[] {
  const baseUrl = options.baseUrl?.replace(/\/$/, '') ?? '';
  const latencyMs = options.latencyMs ?? 0;
  return [
    http.all(`${baseUrl}/api/*`, async ({ request }) => {
      if (latencyMs > 0) await delay(latencyMs);
      return options.app.fetch(request);
    }),
  ];
}
