import { compressResponse } from './compress-response';
import { securityHeadersFor } from './security-headers';

/** A response whose headers can be changed: `Response.redirect()` and `Response.error()` make theirs immutable. */
function withMutableHeaders(response: Response): Response {
  try {
    response.headers.set('X-Content-Type-Options', 'nosniff');
    return response;
  } catch {
    return new Response(response.body, response);
  }
}

/**
 * The last step of every answer the server sends, whoever built it (a route, an error handler, a photo file, the
 * static site): the security headers for its path (one policy for all of /api, one for the app), then compression. Done
 * around the whole app rather than as middleware because answers built as bare `Response` objects would otherwise
 * lose what a middleware set.
 */
export async function finishResponse(request: Request, response: Response): Promise<Response> {
  const finished = withMutableHeaders(response);
  const { pathname } = new URL(request.url);
  for (const [name, value] of Object.entries(securityHeadersFor(pathname))) finished.headers.set(name, value);
  // The static site sends the files the build compressed; only generated answers are compressed here.
  return pathname.startsWith('/api/') ? compressResponse(request, finished) : finished;
}
