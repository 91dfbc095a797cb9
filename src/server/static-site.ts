import { createReadStream, existsSync, statSync, type Stats } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { Hono, type Context } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { chooseContentEncoding, type ContentEncoding } from './choose-content-encoding';

/** The files the build writes next to each large text asset (scripts/precompress-assets.ts). */
const encodedSuffix: Record<Exclude<ContentEncoding, 'identity'>, string> = { br: '.br', gzip: '.gz' };
const immutable = 'public, max-age=31536000, immutable';
const revalidate = 'no-cache';
/** Paths with `..`, `.` segments, doubled or back slashes never reach the file system. */
const unsafePath = /(?:^|[/\\])\.{1,2}(?:$|[/\\])|[/\\]{2,}|\\|\0/;

interface Representation {
  path: string;
  stats: Stats;
  encoding: ContentEncoding;
}

function fileStats(path: string): Stats | null {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

/** Strong, and different for each encoding of one file: a cache never mixes the brotli and the gzip bytes. */
function entityTag(representation: Representation): string {
  const { stats, encoding } = representation;
  const base = `${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}`;
  return `"${encoding === 'identity' ? base : `${base}-${encoding}`}"`;
}

function matchesAnyTag(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** `bytes=a-b`, `bytes=a-`, `bytes=-n` over a file of `size` bytes; null when unsatisfiable or not one range. */
function byteRange(header: string, size: number): { start: number; end: number } | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (match === null || size === 0) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    return suffix === 0 ? null : { start: Math.max(size - suffix, 0), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return start > end || start >= size ? null : { start, end };
}

/** The file's bytes, read as the client takes them (the read stream pauses while the web stream is full). */
function fileBody(path: string, range?: { start: number; end: number }): ReadableStream<Uint8Array> {
  const file = createReadStream(path, range);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      file.on('data', (chunk: Buffer | string) => {
        controller.enqueue(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
        if ((controller.desiredSize ?? 0) <= 0) file.pause();
      });
      file.once('end', () => controller.close());
      file.once('error', (error) => controller.error(error));
    },
    pull() {
      file.resume();
    },
    cancel() {
      file.destroy();
    },
  });
}

/**
 * The single-page app from `root`: hashed assets cached for a year, everything else revalidated (ETag and
 * Last-Modified), and any other path answered with index.html so client-side routes (/roundups/…) survive a reload.
 * Large text files are sent as the brotli or gzip file the build wrote beside them when `Accept-Encoding` allows
 * (`Vary: Accept-Encoding`, an ETag per encoding); a Range request gets the plain file's bytes.
 */
export function staticSite(root: string): Hono | null {
  if (!existsSync(join(root, 'index.html'))) return null;
  const rootPath = normalize(root);

  function select(path: string, stats: Stats, c: Context): Representation {
    const plain: Representation = { path, stats, encoding: 'identity' };
    if (c.req.header('Range') !== undefined) return plain;
    const offered = (['br', 'gzip'] as const).filter((encoding) => fileStats(path + encodedSuffix[encoding]) !== null);
    const encoding = chooseContentEncoding(c.req.header('Accept-Encoding') ?? null, offered);
    if (encoding === 'identity') return plain;
    const encodedPath = path + encodedSuffix[encoding];
    const encodedStats = fileStats(encodedPath);
    return encodedStats === null ? plain : { path: encodedPath, stats: encodedStats, encoding };
  }

  function serveFile(c: Context, path: string, stats: Stats, cacheControl: string): Response {
    const chosen = select(path, stats, c);
    const etag = entityTag(chosen);
    const headers = new Headers({
      'Content-Type': getMimeType(path) ?? 'application/octet-stream',
      'Cache-Control': cacheControl,
      ETag: etag,
      'Last-Modified': stats.mtime.toUTCString(),
      'Accept-Ranges': 'bytes',
      Vary: 'Accept-Encoding',
    });
    if (chosen.encoding !== 'identity') headers.set('Content-Encoding', chosen.encoding);

    const ifNoneMatch = c.req.header('If-None-Match');
    const ifModifiedSince = c.req.header('If-Modified-Since');
    const notModified =
      ifNoneMatch !== undefined
        ? matchesAnyTag(ifNoneMatch, etag)
        : ifModifiedSince !== undefined && Math.floor(stats.mtimeMs / 1000) <= Math.floor(Date.parse(ifModifiedSince) / 1000);
    if (notModified) {
      headers.delete('Content-Type');
      return new Response(null, { status: 304, headers });
    }

    const size = chosen.stats.size;
    const rangeHeader = c.req.header('Range');
    const ifRange = c.req.header('If-Range');
    if (rangeHeader !== undefined && (ifRange === undefined || ifRange.trim() === etag)) {
      const range = byteRange(rangeHeader, size);
      if (range === null) {
        headers.set('Content-Range', `bytes */${size}`);
        headers.delete('Content-Type');
        return new Response(null, { status: 416, headers });
      }
      headers.set('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
      headers.set('Content-Length', String(range.end - range.start + 1));
      return new Response(c.req.method === 'HEAD' ? null : fileBody(chosen.path, range), { status: 206, headers });
    }
    headers.set('Content-Length', String(size));
    return new Response(c.req.method === 'HEAD' ? null : fileBody(chosen.path), { status: 200, headers });
  }

  const site = new Hono();
  site.on(['GET', 'HEAD'], '*', (c) => {
    let requested: string;
    try {
      requested = decodeURIComponent(c.req.path);
    } catch {
      return c.text('Not found', 404);
    }
    if (unsafePath.test(requested)) return c.text('Not found', 404);
    const path = join(rootPath, requested);
    if (path !== rootPath && !path.startsWith(rootPath + sep)) return c.text('Not found', 404);
    const isAsset = requested.startsWith('/assets/');
    const stats = fileStats(path);
    if (stats !== null) return serveFile(c, path, stats, isAsset ? immutable : revalidate);
    // A hashed file that is not there (an old chunk after a deploy) must fail as such, not arrive as the HTML page.
    if (isAsset) return c.text('Not found', 404);
    const index = join(rootPath, 'index.html');
    const indexStats = fileStats(index);
    return indexStats === null ? c.text('Not found', 404) : serveFile(c, index, indexStats, revalidate);
  });
  return site;
}
