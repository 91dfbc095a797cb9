import { statSync } from 'node:fs';
import { join } from 'node:path';

export interface WireBytes {
  /** The file as built. */
  plain: number;
  /** What a browser that accepts gzip only gets (plain http, where browsers do not offer brotli). */
  gzip: number;
  /** What a browser that accepts brotli gets (every current browser over https). */
  brotli: number;
}

function sizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

/**
 * The bytes of a built file as the server sends it (src/server/static-site.ts): the `.br` or `.gz` file the build
 * wrote beside it when there is one, else the file itself, which is what goes out when no encoded copy exists.
 */
export function wireBytes(dist: string, file: string): WireBytes {
  const path = join(dist, file);
  const plain = sizeOf(path);
  if (plain === null) throw new Error(`the build has no file "${file}"`);
  const gzip = sizeOf(`${path}.gz`) ?? plain;
  const brotli = sizeOf(`${path}.br`) ?? gzip;
  return { plain, gzip, brotli };
}
