import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';
import { webCryptoSha256Hex } from './web-crypto-sha256-hex';

describe('webCryptoSha256Hex', () => {
  it('agrees with node:crypto and the pure-JS hash, on empty, small and multi-block input', async () => {
    for (const length of [0, 3, 55, 56, 64, 1000, 70_000]) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 31 + 7) & 0xff);
      const expected = createHash('sha256').update(bytes).digest('hex');
      expect(await webCryptoSha256Hex(bytes), `${length} bytes`).toBe(expected);
      expect(sha256Hex(bytes)).toBe(expected);
    }
  });

  it('hashes only the bytes of a view, not the rest of its buffer', async () => {
    const buffer = Uint8Array.from({ length: 100 }, (_, index) => index);
    const view = buffer.subarray(10, 20);
    expect(await webCryptoSha256Hex(view)).toBe(createHash('sha256').update(view).digest('hex'));
  });
});
