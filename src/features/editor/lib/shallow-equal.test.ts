import { describe, expect, it } from 'vitest';
import { shallowEqual } from './shallow-equal';

describe('shallowEqual', () => {
  it('compares own values one level deep', () => {
    expect(shallowEqual({ bold: true, canUndo: false }, { bold: true, canUndo: false })).toBe(true);
    expect(shallowEqual({ bold: true, canUndo: false }, { bold: true, canUndo: true })).toBe(false);
    expect(shallowEqual({ bold: true }, { bold: true, extra: undefined })).toBe(false);
    expect(shallowEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(shallowEqual({ list: [1] }, { list: [1] })).toBe(false);
    expect(shallowEqual({ n: Number.NaN }, { n: Number.NaN })).toBe(true);
  });
});
