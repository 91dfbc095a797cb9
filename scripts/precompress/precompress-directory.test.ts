import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressDirectory } from './precompress-directory';

let dist: string;
beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'bureau-precompress-'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

const large = `export const text = ${JSON.stringify('지역 소식 '.repeat(500))};\n`;

describe('precompressDirectory', () => {
  it('writes brotli and gzip copies of large text files that decode to the file, and leaves the rest alone', async () => {
    writeFileSync(join(dist, 'assets', 'app-1.js'), large);
    writeFileSync(join(dist, 'assets', 'app-1.js.map'), large);
    writeFileSync(join(dist, 'assets', 'small-1.js'), 'export {};');
    writeFileSync(join(dist, 'photo.png'), large);
    writeFileSync(join(dist, '.vite', 'manifest.json'), large);
    const written = await precompressDirectory(dist);
    expect(written.map((file) => file.file)).toEqual(['assets/app-1.js']);
    expect(brotliDecompressSync(readFileSync(join(dist, 'assets', 'app-1.js.br'))).toString()).toBe(large);
    expect(gunzipSync(readFileSync(join(dist, 'assets', 'app-1.js.gz'))).toString()).toBe(large);
    for (const untouched of ['assets/app-1.js.map.br', 'assets/small-1.js.br', 'photo.png.br', '.vite/manifest.json.br']) {
      expect(existsSync(join(dist, untouched)), untouched).toBe(false);
    }
  });

  it('removes encoded copies an earlier build left for files that are now small or gone', async () => {
    writeFileSync(join(dist, 'index.html'), `<!doctype html>${'<!-- old -->'.repeat(200)}`);
    writeFileSync(join(dist, 'assets', 'gone-1.js'), large);
    await precompressDirectory(dist);
    expect(existsSync(join(dist, 'index.html.br'))).toBe(true);

    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>new</title>');
    rmSync(join(dist, 'assets', 'gone-1.js'));
    await precompressDirectory(dist);
    for (const stale of ['index.html.br', 'index.html.gz', 'assets/gone-1.js.br', 'assets/gone-1.js.gz']) {
      expect(existsSync(join(dist, stale)), stale).toBe(false);
    }
  });
});
