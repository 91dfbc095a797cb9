import type { MiddlewareHandler } from 'hono';
import { csrfHeaderName, csrfHeaderValue } from '../contract/user-endpoints';
import { forbidden } from '../services/service-error';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests that a cross-site page could have sent with the user's cookie: they must carry
 * Bureau's custom header (a form cannot; a script cannot without a CORS preflight we never answer) and, when the
 * browser names an Origin, it must be this site or a trusted one.
 *
 * `Origin: null` is an origin the browser will not name (a sandboxed frame, a file:// page, a request redirected
 * across sites): nothing Bureau serves sends one, and it is not this site, so it is refused like any other stranger.
 */
export function csrfGuard(trustedOrigins: readonly string[] = []): MiddlewareHandler {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    if (c.req.header(csrfHeaderName) !== csrfHeaderValue) {
      throw forbidden(`state-changing requests must carry the ${csrfHeaderName} header (cross-site request protection)`);
    }
    const origin = c.req.header('Origin');
    if (origin === 'null') {
      throw forbidden(
        'requests from an opaque origin (Origin: null: a sandboxed frame, a local file or a cross-site redirect) are not accepted (cross-site request protection)',
      );
    }
    if (origin !== undefined) {
      const own = new URL(c.req.url).origin;
      if (origin !== own && !trustedOrigins.includes(origin)) {
        throw forbidden(`requests from ${origin} are not accepted (cross-site request protection)`);
      }
    }
    return next();
  };
}
