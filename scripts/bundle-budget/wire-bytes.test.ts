import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../precompress/precompress-directory';
import { wireBytes } from './wire-bytes';

const dist = mkdtempSync(join(tmpdir(), 'bureau-budget-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('wireBytes', () => {
  it('counts the encoded files the server sends, not the file as built', async () => {
    writeFileSync(join(dist, 'big.js'), `export const text = ${JSON.stringify('브리프 '.repeat(2000))};`);
    await precompressDirectory(dist);
    const bytes = wireBytes(dist, 'big.js');
    expect(bytes.plain).toBeGreaterThan(10_000);
    expect(bytes.gzip).toBeLessThan(bytes.plain / 10);
    expect(bytes.brotli).toBeLessThanOrEqual(bytes.gzip);
  });

  it('counts the whole file when the build wrote no encoded copy (the server then sends it as it is)', () => {
    writeFileSync(join(dist, 'small.js'), 'export {};');
    expect(wireBytes(dist, 'small.js')).toEqual({ plain: 10, gzip: 10, brotli: 10 });
  });

  it('names a file the build does not have', () => {
    expect(() => wireBytes(dist, 'gone.js')).toThrow('the build has no file "gone.js"');
  });
});
