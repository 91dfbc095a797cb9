/**
 * Keeps the API's session cookie for the browser demo. Requests reach the mock through a service worker, which never
 * sees cookies; the jar stores what `Set-Cookie` says and adds a `Cookie` header to the next requests, so the shared
 * API app authenticates exactly as it does behind the real server.
 */
export interface SessionCookieJar {
  attachTo(request: Request): Promise<Request>;
  keepFrom(response: Response): void;
}

interface KeptCookie {
  name: string;
  value: string;
  expiresAt: number | null;
}

function parseSetCookie(header: string): KeptCookie | null {
  const [pair, ...attributes] = header.split(';');
  const separator = pair?.indexOf('=') ?? -1;
  if (pair === undefined || separator <= 0) return null;
  let expiresAt: number | null = null;
  for (const attribute of attributes) {
    const [key = '', value = ''] = attribute.trim().split('=');
    if (key.toLowerCase() === 'max-age') expiresAt = Date.now() + Number(value) * 1000;
    if (key.toLowerCase() === 'expires' && expiresAt === null) expiresAt = Date.parse(value);
  }
  return { name: pair.slice(0, separator).trim(), value: pair.slice(separator + 1).trim(), expiresAt };
}

export function createSessionCookieJar(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>, key = 'bureau.mock.cookies'): SessionCookieJar {
  function read(): KeptCookie[] {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
      if (!Array.isArray(parsed)) return [];
      return parsed.filter(
        (entry): entry is KeptCookie =>
          typeof entry === 'object' && entry !== null && typeof entry.name === 'string' && typeof entry.value === 'string',
      );
    } catch {
      return [];
    }
  }

  function live(): KeptCookie[] {
    return read().filter((cookie) => cookie.expiresAt === null || cookie.expiresAt > Date.now());
  }

  return {
    async attachTo(request) {
      const cookies = live();
      if (cookies.length === 0) return request;
      const headers = new Headers();
      request.headers.forEach((value, name) => headers.set(name, value));
      headers.set('Cookie', cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; '));
      // Copied header by header into a fresh request: under MSW's interceptor, `new Headers(request.headers)` and
      // `new Request(request, …)` drop headers of multipart requests.
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      return new Request(request.url, {
        method: request.method,
        headers,
        body: hasBody ? await request.arrayBuffer() : null,
        signal: request.signal,
      });
    },
    keepFrom(response) {
      const setCookies = response.headers.getSetCookie();
      if (setCookies.length === 0) return;
      let cookies = live();
      for (const header of setCookies) {
        const cookie = parseSetCookie(header);
        if (cookie === null) continue;
        cookies = cookies.filter((existing) => existing.name !== cookie.name);
        if (cookie.value !== '' && (cookie.expiresAt === null || cookie.expiresAt > Date.now())) cookies.push(cookie);
      }
      if (cookies.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(cookies));
    },
  };
}
