import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { sessionCookieName } from '../contract/user-endpoints';

/** Where the API keeps the session token between requests. */
export interface SessionCookies {
  read(c: Context): string | undefined;
  write(c: Context, token: string, expiresAt: Date): void;
  clear(c: Context): void;
}

/** The real thing: an httpOnly, SameSite=Lax cookie (Secure behind https). */
export function httpSessionCookies(secure: boolean): SessionCookies {
  return {
    read: (c) => getCookie(c, sessionCookieName),
    write: (c, token, expiresAt) =>
      setCookie(c, sessionCookieName, token, { httpOnly: true, sameSite: 'Lax', secure, path: '/', expires: expiresAt }),
    clear: (c) => deleteCookie(c, sessionCookieName, { path: '/', secure }),
  };
}

/**
 * For the in-browser mock: a page cannot read a response's Set-Cookie, and a service worker never sees cookies, so
 * the token lives in Web Storage instead, dropped once expired as a browser drops an expired cookie (`now` is the
 * browser's clock, which tests pin to the mock server's). Everything else about sessions is the same code as on the server.
 */
export function storedSessionCookies(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  { key = 'bureau.mock.session', now = Date.now }: { key?: string; now?: () => number } = {},
): SessionCookies {
  return {
    read: () => {
      try {
        const stored: unknown = JSON.parse(storage.getItem(key) ?? 'null');
        if (typeof stored !== 'object' || stored === null || !('token' in stored) || !('expiresAt' in stored)) return undefined;
        const { token, expiresAt } = stored;
        if (typeof token !== 'string' || typeof expiresAt !== 'string' || Date.parse(expiresAt) <= now()) return undefined;
        return token;
      } catch {
        return undefined;
      }
    },
    write: (_c, token, expiresAt) => storage.setItem(key, JSON.stringify({ token, expiresAt: expiresAt.toISOString() })),
    clear: () => storage.removeItem(key),
  };
}
