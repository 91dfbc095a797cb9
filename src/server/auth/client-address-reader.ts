import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * Where a request came from. By default the socket's peer, which a client cannot forge. Behind a reverse proxy every
 * request comes from the proxy, so with `trustProxy` the address is the last `X-Forwarded-For` entry: the one the
 * proxy itself appended (entries before it are whatever the client sent). Trust it only when such a proxy always sits
 * in front, or anyone can pick the address they are throttled under.
 */
export function clientAddressReader(options: { trustProxy: boolean }): (c: Context) => string {
  return (c) => {
    if (options.trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',').map((entry) => entry.trim()).filter(Boolean);
      const last = forwarded?.at(-1);
      if (last !== undefined) return last;
    }
    return getConnInfo(c).remote.address ?? 'unknown';
  };
}
