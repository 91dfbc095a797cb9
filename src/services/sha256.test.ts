import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it('matches the published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it.each([55, 56, 63, 64, 65, 1000, 100_000])('agrees with node:crypto on %i characters of Korean text', (length) => {
    const text = '광주소식 '.repeat(Math.ceil(length / 5)).slice(0, length);
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it.each([0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 300_000])('agrees with node:crypto on %i bytes', (length) => {
    const bytes = Uint8Array.from({ length }, (_, index) => (index * 31 + 7) & 0xff);
    expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('hashes only the bytes of a view, not the buffer around it', () => {
    const buffer = Uint8Array.from({ length: 100 }, (_, index) => index);
    const view = buffer.subarray(10, 60);
    expect(sha256Hex(view)).toBe(createHash('sha256').update(view).digest('hex'));
  });
});
