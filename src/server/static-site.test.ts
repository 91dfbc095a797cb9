import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../../scripts/precompress/precompress-directory';
import { staticSite } from './static-site';

let root: string;
let site: Hono;
const script = `export const text = ${JSON.stringify('지역 소식 묶음 기사 '.repeat(300))};\n`;
const scriptPath = '/assets/editor-9f8e7d.js';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'bureau-static-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), `<!doctype html><html><head><title>Bureau</title></head><body>${'<!-- -->'.repeat(200)}</body></html>`);
  await writeFile(join(root, scriptPath), script);
  await writeFile(join(root, 'assets', 'tiny-0a1b2c.js'), 'export {};\n');
  await writeFile(join(root, 'favicon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await precompressDirectory(root);
  const built = staticSite(root);
  if (built === null) throw new Error('no site');
  site = built;
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => site.request(path, { method, headers });
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe('the static site sends the files the build compressed', () => {
  it('brotli when the client accepts it, with its own length, type, ETag and Vary', async () => {
    const response = await get(scriptPath, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Encoding')).toBe('br');
    expect(response.headers.get('Content-Type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('Vary')).toBe('Accept-Encoding');
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const body = await bytes(response);
    expect(Number(response.headers.get('Content-Length'))).toBe(body.byteLength);
    expect(body.byteLength).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(brotliDecompressSync(body).toString()).toBe(script);
  });

  it('gzip when only gzip is accepted, identity when neither is (or br and gzip are refused with q=0)', async () => {
    const gzip = await get(scriptPath, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
    expect(gzip.headers.get('Vary')).toBe('Accept-Encoding');
    expect(gunzipSync(await bytes(gzip)).toString()).toBe(script);

    for (const accept of [undefined, 'identity', 'deflate', 'br;q=0, gzip;q=0']) {
      const plain = await get(scriptPath, accept === undefined ? {} : { 'Accept-Encoding': accept });
      expect(plain.headers.get('Content-Encoding'), String(accept)).toBeNull();
      expect(plain.headers.get('Vary')).toBe('Accept-Encoding');
      expect((await bytes(plain)).toString()).toBe(script);
      expect(plain.headers.get('Content-Length')).toBe(String(Buffer.byteLength(script)));
    }
  });

  it('gives each encoding its own ETag and answers a matching If-None-Match with 304', async () => {
    const tags = new Set<string | null>();
    for (const accept of ['br', 'gzip', 'identity']) {
      const response = await get(scriptPath, { 'Accept-Encoding': accept });
      const etag = response.headers.get('ETag');
      tags.add(etag);
      const again = await get(scriptPath, { 'Accept-Encoding': accept, 'If-None-Match': etag ?? '' });
      expect(again.status).toBe(304);
      expect(again.headers.get('ETag')).toBe(etag);
      expect(again.headers.get('Vary')).toBe('Accept-Encoding');
    }
    expect(tags.size).toBe(3);
    const stale = await get(scriptPath, { 'Accept-Encoding': 'br', 'If-None-Match': '"something-else"' });
    expect(stale.status).toBe(200);
  });

  it('small files have no encoded copy and go out as they are', async () => {
    const response = await get('/assets/tiny-0a1b2c.js', { 'Accept-Encoding': 'br, gzip' });
    expect(response.headers.get('Content-Encoding')).toBeNull();
    expect(await response.text()).toBe('export {};\n');
  });

  it('HEAD tells the length of what GET would send, with no body', async () => {
    const head = await get(scriptPath, { 'Accept-Encoding': 'br' }, 'HEAD');
    const getResponse = await get(scriptPath, { 'Accept-Encoding': 'br' });
    expect(head.status).toBe(200);
    expect(head.headers.get('Content-Encoding')).toBe('br');
    expect(head.headers.get('Content-Length')).toBe(getResponse.headers.get('Content-Length'));
    expect((await bytes(head)).byteLength).toBe(0);
  });

  it('a Range request gets bytes of the plain file, whatever the client accepts', async () => {
    const whole = await readFile(join(root, scriptPath));
    const response = await get(scriptPath, { Range: 'bytes=10-19', 'Accept-Encoding': 'br, gzip' });
    expect(response.status).toBe(206);
    expect(response.headers.get('Content-Encoding')).toBeNull();
    expect(response.headers.get('Content-Range')).toBe(`bytes 10-19/${whole.byteLength}`);
    expect(response.headers.get('Content-Length')).toBe('10');
    expect((await bytes(response)).equals(whole.subarray(10, 20))).toBe(true);

    const suffix = await get(scriptPath, { Range: 'bytes=-5' });
    expect((await bytes(suffix)).equals(whole.subarray(whole.byteLength - 5))).toBe(true);
    const unsatisfiable = await get(scriptPath, { Range: `bytes=${whole.byteLength + 10}-` });
    expect(unsatisfiable.status).toBe(416);
    expect(unsatisfiable.headers.get('Content-Range')).toBe(`bytes */${whole.byteLength}`);
  });

  it('client routes get index.html (revalidated, compressed too); a missing hashed asset is a 404, not the page', async () => {
    const route = await get('/roundups/gwangju-2017-12-06', { 'Accept-Encoding': 'br' });
    expect(route.status).toBe(200);
    expect(route.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(route.headers.get('Cache-Control')).toBe('no-cache');
    expect(route.headers.get('Content-Encoding')).toBe('br');
    expect(brotliDecompressSync(await bytes(route)).toString()).toContain('<title>Bureau</title>');

    const missing = await get('/assets/editor-000000.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Content-Type')).not.toMatch(/html/);
  });

  it('never reads outside its folder', async () => {
    for (const path of ['/../package.json', '/assets/%2e%2e/%2e%2e/etc/passwd', '/assets//editor-9f8e7d.js', '/%00']) {
      const response = await get(path);
      expect(response.status, path).not.toBe(500);
      expect(await response.text(), path).not.toContain('"name"');
    }
  });
});
