import type { MiddlewareHandler } from 'hono';
import { csrfHeaderName, csrfHeaderValue } from '../contract/user-endpoints';
import { forbidden } from '../services/service-error';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests that a cross-site page could have sent with the user's cookie: they must carry
 * Bureau's custom header (a form cannot; a script cannot without a CORS preflight we never answer) and, when the
 * browser names an Origin, it must be this site or a trusted one.
 */
export function csrfGuard(trustedOrigins: readonly string[] = []): MiddlewareHandler {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    if (c.req.header(csrfHeaderName) !== csrfHeaderValue) {
      throw forbidden(`state-changing requests must carry the ${csrfHeaderName} header (cross-site request protection)`);
    }
    const origin = c.req.header('Origin');
    if (origin !== undefined && origin !== 'null') {
      const own = new URL(c.req.url).origin;
      if (origin !== own && !trustedOrigins.includes(origin)) {
        throw forbidden(`requests from ${origin} are not accepted (cross-site request protection)`);
      }
    }
    return next();
  };
}
