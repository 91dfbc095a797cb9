import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text files a browser fetches; source maps stay plain (only developer tools read them). */
const compressible = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;
/** Below this the encoded file saves less than its headers cost (the server's threshold for JSON too). */
export const precompressMinimumBytes = 1024;

export interface PrecompressedFile {
  file: string;
  bytes: number;
  brotli: number | null;
  gzip: number | null;
}

async function filesUnder(directory: string, relative = ''): Promise<string[]> {
  const entries = await readdir(join(directory, relative), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    // `.vite/manifest.json` is read by the build tooling, never served.
    if (entry.name.startsWith('.')) continue;
    const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await filesUnder(directory, path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/**
 * Writes `name.br` (brotli, quality 11) and `name.gz` (gzip, level 9) beside every compressible file of at least
 * `precompressMinimumBytes` under `directory`, keeping each only when it is smaller than the file. The server sends
 * these instead of compressing on every request (src/server/static-site.ts).
 */
export async function precompressDirectory(directory: string): Promise<PrecompressedFile[]> {
  const files = await filesUnder(directory);
  const present = new Set(files);
  // Encoded copies from an earlier build into a folder that was not emptied would be sent in place of the new
  // file: each is rewritten below or removed here.
  await Promise.all(
    files
      .filter((file) => /\.(?:br|gz)$/.test(file) && (compressible.test(file.slice(0, -3)) || !present.has(file.slice(0, -3))))
      .map((file) => rm(join(directory, file), { force: true })),
  );
  const candidates = files.filter((file) => compressible.test(file));
  const results = await Promise.all(
    candidates.map(async (file): Promise<PrecompressedFile | null> => {
      const path = join(directory, file);
      if ((await stat(path)).size < precompressMinimumBytes) return null;
      const bytes = await readFile(path);
      const [brotliBytes, gzipBytes] = await Promise.all([
        brotli(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
          },
        }),
        gzipAsync(bytes, { level: 9 }),
      ]);
      const keep = async (encoded: Buffer, suffix: string) => {
        if (encoded.byteLength >= bytes.byteLength) return null;
        await writeFile(`${path}${suffix}`, encoded);
        return encoded.byteLength;
      };
      return { file, bytes: bytes.byteLength, brotli: await keep(brotliBytes, '.br'), gzip: await keep(gzipBytes, '.gz') };
    }),
  );
  return results.filter((result) => result !== null);
}
