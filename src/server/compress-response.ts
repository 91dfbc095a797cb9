import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { chooseContentEncoding } from './choose-content-encoding';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this a compressed body saves less than the headers and the CPU it costs. */
export const compressionThresholdBytes = 1024;

/** JSON, XML and text answers (roundups, lists, exports); never the live stream, which must flush each event. */
const compressibleType = /^(?:application\/(?:json|xml|[\w.+-]+\+(?:json|xml))|text\/(?!event-stream)[\w.+-]+)\s*(?:;|$)/i;
const noTransform = /(?:^|,)\s*no-transform\s*(?:,|$)/i;

function addVary(headers: Headers): void {
  const vary = headers.get('Vary');
  if (vary === null) headers.set('Vary', 'Accept-Encoding');
  else if (vary !== '*' && !/(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(vary)) headers.set('Vary', `${vary}, Accept-Encoding`);
}

/**
 * A generated answer (API JSON, an export) compressed for a client that accepts it: brotli at a quality that costs
 * about what gzip does, else gzip. Only whole bodies of a compressible type above the threshold; streams of unknown
 * length (the SSE feed) and bodies already encoded (photos are JPEG/WebP) pass untouched. The body is compressed on
 * libuv's thread pool, not on the event loop, and goes out with its Content-Length.
 */
export async function compressResponse(request: Request, response: Response): Promise<Response> {
  const type = response.headers.get('Content-Type');
  if (type === null || !compressibleType.test(type)) return response;
  if (response.headers.has('Content-Encoding') || response.status === 206 || response.status === 204 || response.status === 304) return response;
  if (noTransform.test(response.headers.get('Cache-Control') ?? '')) return response;
  addVary(response.headers);
  if (request.method === 'HEAD' || response.body === null) return response;
  const encoding = chooseContentEncoding(request.headers.get('Accept-Encoding'), ['br', 'gzip']);
  if (encoding === 'identity') return response;
  const declaredLength = Number(response.headers.get('Content-Length') ?? Number.NaN);
  if (declaredLength < compressionThresholdBytes) return response;

  const body = new Uint8Array(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  if (body.byteLength < compressionThresholdBytes) {
    headers.set('Content-Length', String(body.byteLength));
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  }
  const compressed =
    encoding === 'br'
      ? await brotli(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 5,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
          },
        })
      : await gzipAsync(body, { level: 6 });
  headers.set('Content-Encoding', encoding);
  headers.set('Content-Length', String(compressed.byteLength));
  const etag = headers.get('ETag');
  if (etag !== null && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
  return new Response(new Uint8Array(compressed), { status: response.status, statusText: response.statusText, headers });
}
