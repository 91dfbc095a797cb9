import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressResponse } from './compress-response';

const large = JSON.stringify({ briefs: Array.from({ length: 200 }, (_, index) => ({ id: `b-${index}`, text: '광주 북구는 화재 예방 캠페인을 벌였다.' })) });
const request = (acceptEncoding?: string, method = 'GET') =>
  new Request('http://bureau.test/api/roundups/x', { method, headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding } });
const json = (body: string, headers: Record<string, string> = {}, status = 200) =>
  new Response(body, { status, headers: { 'Content-Type': 'application/json', ...headers } });
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe('compressResponse', () => {
  it('brotli first, gzip when brotli is not accepted, with the length of what is sent and Vary', async () => {
    const brotli = await compressResponse(request('gzip, br'), json(large));
    expect(brotli.headers.get('Content-Encoding')).toBe('br');
    const brotliBody = await bytes(brotli);
    expect(brotli.headers.get('Content-Length')).toBe(String(brotliBody.byteLength));
    expect(brotliDecompressSync(brotliBody).toString()).toBe(large);
    expect(brotli.headers.get('Vary')).toBe('Accept-Encoding');

    const gzip = await compressResponse(request('gzip, br;q=0'), json(large));
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(await bytes(gzip)).toString()).toBe(large);
  });

  it('keeps the status and the other headers, adds to an existing Vary and weakens a strong ETag', async () => {
    const response = await compressResponse(request('br'), json(large, { Vary: 'Cookie', ETag: '"v7"', 'Cache-Control': 'no-store' }, 409));
    expect(response.status).toBe(409);
    expect(response.headers.get('Vary')).toBe('Cookie, Accept-Encoding');
    expect(response.headers.get('ETag')).toBe('W/"v7"');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('leaves alone: no Accept-Encoding, small bodies, HEAD, no-transform, other types, encoded or partial bodies', async () => {
    const untouched = [
      await compressResponse(request(), json(large)),
      await compressResponse(request('identity'), json(large)),
      await compressResponse(request('br'), json('{"ok":true}')),
      await compressResponse(request('br', 'HEAD'), json(large)),
      await compressResponse(request('br'), json(large, { 'Cache-Control': 'no-store, no-transform' })),
      await compressResponse(request('br'), new Response(large, { headers: { 'Content-Type': 'image/webp' } })),
      await compressResponse(request('br'), new Response(large, { headers: { 'Content-Type': 'text/event-stream' } })),
      await compressResponse(request('br'), json(large, { 'Content-Encoding': 'gzip' })),
      await compressResponse(request('br'), json(large, {}, 206)),
    ];
    for (const [index, response] of untouched.entries()) {
      const encoding = response.headers.get('Content-Encoding');
      expect(encoding === null || encoding === 'gzip', String(index)).toBe(true);
      if (encoding === null) expect((await bytes(response)).toString(), String(index)).toBe(index === 2 ? '{"ok":true}' : large);
    }
    expect(untouched[2]?.headers.get('Content-Length')).toBe('11');
  });
});
