import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '../contract/routes';
import { csrfHeaderName, csrfHeaderValue } from '../contract/user-endpoints';
import { signInAs, type Client } from '../../tests/contract/signed-in-client';
import { precompressDirectory } from '../../scripts/precompress/precompress-directory';
import { startBureauServer, type RunningServer } from './create-bureau-server';
import { serverConfig } from './server-config';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** A request whose answer is not decoded on the way (fetch would undo the Content-Encoding under test). */
function rawGet(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
        resolve({ status: response.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

function expectCommonHeaders(response: RawResponse): void {
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['content-security-policy']).toMatch(/(?:^|; )frame-ancestors 'none'(?:;|$)/);
}

function directives(policy: string | undefined): Map<string, string> {
  return new Map((policy ?? '').split(';').map((part) => {
    const [name = '', ...values] = part.trim().split(/\s+/);
    return [name, values.join(' ')];
  }));
}

function expectAppPolicy(response: RawResponse): void {
  expectCommonHeaders(response);
  const policy = directives(response.headers['content-security-policy']);
  expect(policy.get('script-src')).toBe("'self'");
  expect(policy.get('object-src')).toBe("'none'");
  expect(policy.get('base-uri')).toBe("'none'");
  expect(policy.get('form-action')).toBe("'self'");
  expect(policy.get('connect-src')).toBe("'self'");
  expect(policy.get('worker-src')).toBe("'self'");
  expect(policy.get('img-src')).toBe("'self' data: blob:");
  expect(policy.get('style-src')).not.toContain('unsafe-inline');
  expect(policy.has('style-src-attr')).toBe(false);
}

function expectApiPolicy(response: RawResponse): void {
  expectCommonHeaders(response);
  expect(directives(response.headers['content-security-policy']).get('default-src')).toBe("'none'");
  expect(response.headers['cache-control']).toBe('no-store');
}

let dataDir: string;
let server: RunningServer;
let desk: Client;
const script = `console.log(${JSON.stringify('bureau '.repeat(400))});\n`;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'bureau-headers-'));
  const staticDir = join(dataDir, 'app');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Bureau</title><script type="module" src="/assets/app-1a2b3c.js"></script>');
  await writeFile(join(staticDir, 'assets', 'app-1a2b3c.js'), script);
  await precompressDirectory(staticDir);
  server = await startBureauServer(serverConfig({ port: 0, host: '127.0.0.1', dataDir, staticDir, shutdownGraceMs: 1000 }), { log: () => undefined });
  desk = await signInAs({ baseUrl: server.url, fetch: globalThis.fetch }, 'desk@bureau.test');
});

afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('security headers on every answer of the server', () => {
  it('the app page, an SPA route and a built asset carry the app policy', async () => {
    for (const path of ['/', '/roundups/x', '/assets/app-1a2b3c.js']) {
      const response = await rawGet(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expectAppPolicy(response);
    }
  });

  it('API answers carry the API policy: success, 401, 404 and a photo file built outside the Hono context', async () => {
    const health = await rawGet(`${server.url}${apiRoutes.health}`);
    expect(health.status).toBe(200);
    expectApiPolicy(health);

    const me = await rawGet(`${server.url}/api/me`);
    expect(me.status).toBe(401);
    expectApiPolicy(me);

    const missing = await rawGet(`${server.url}/api/nope`);
    expect(missing.status).toBe(404);
    expectApiPolicy(missing);

    const roundup = await (await desk.call(apiRoutes.roundup('gwangju-2017-12-06'))).text();
    const photoId = /"photoId":"([^"]+)"/.exec(roundup)?.[1];
    expect(photoId).toBeDefined();
    const cookie = await sessionCookie();
    const photo = await rawGet(`${server.url}${apiRoutes.photo(photoId ?? '')}`, { Cookie: cookie, 'Accept-Encoding': 'br, gzip' });
    expect(photo.status).toBe(200);
    expect(photo.headers['content-type']).toMatch(/^image\//);
    expectCommonHeaders(photo);
    expect(directives(photo.headers['content-security-policy']).get('default-src')).toBe("'none'");
    // Already compressed image bytes are sent as they are.
    expect(photo.headers['content-encoding']).toBeUndefined();
  });
});

async function sessionCookie(): Promise<string> {
  const response = await globalThis.fetch(`${server.url}${apiRoutes.session}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [csrfHeaderName]: csrfHeaderValue },
    body: JSON.stringify({ email: 'desk@bureau.test', password: 'bureau-demo' }),
  });
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  if (cookie === undefined) throw new Error('no session cookie');
  return cookie;
}

describe('compression', () => {
  it('a roundup is sent with brotli, or gzip, when the client accepts it, and decodes to the same JSON', async () => {
    const cookie = await sessionCookie();
    const url = `${server.url}${apiRoutes.roundup('gwangju-2017-12-06')}`;
    const plain = await rawGet(url, { Cookie: cookie });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.byteLength).toBeGreaterThan(1024);
    expect(plain.headers.vary).toMatch(/accept-encoding/i);

    const brotli = await rawGet(url, { Cookie: cookie, 'Accept-Encoding': 'gzip, deflate, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(brotli.headers['content-length'])).toBe(brotli.body.byteLength);
    expect(brotli.body.byteLength).toBeLessThan(plain.body.byteLength / 2);
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);

    const gzip = await rawGet(url, { Cookie: cookie, 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);

    const refused = await rawGet(url, { Cookie: cookie, 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('small answers and HEAD go out as they are', async () => {
    const me = await rawGet(`${server.url}/api/me`, { 'Accept-Encoding': 'br, gzip' });
    expect(me.body.byteLength).toBeLessThan(1024);
    expect(me.headers['content-encoding']).toBeUndefined();
    const health = await rawGet(`${server.url}${apiRoutes.health}`, { 'Accept-Encoding': 'br, gzip' }, 'HEAD');
    expect(health.headers['content-encoding']).toBeUndefined();
  });

  it('the live stream is never compressed (each event must reach the browser when it happens)', async () => {
    const cookie = await sessionCookie();
    const controller = new AbortController();
    const response = await globalThis.fetch(`${server.url}${apiRoutes.live}`, {
      headers: { Cookie: cookie, 'Accept-Encoding': 'br, gzip' },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const reader = response.body?.getReader();
    const first = await reader?.read();
    expect(first?.done).toBe(false);
    controller.abort();
  });
});
