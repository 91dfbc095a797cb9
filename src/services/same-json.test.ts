import { describe, expect, it } from 'vitest';
import { gwangjuRoundupBody } from '../schema/demo/gwangju-roundup';
import { canonicalJson } from './canonical-json';
import { sameJson } from './same-json';

describe('sameJson', () => {
  it('agrees with comparing canonical JSON', () => {
    const cases: Array<[unknown, unknown]> = [
      [{ a: 1, b: [1, 2, { c: 'x' }] }, { b: [1, 2, { c: 'x' }], a: 1 }],
      [{ a: 1 }, { a: 1, b: undefined }],
      [{ a: 1 }, { a: 2 }],
      [[1, 2], [2, 1]],
      [{ a: [] }, { a: {} }],
      [null, {}],
      ['가', '가'],
      [gwangjuRoundupBody, structuredClone(gwangjuRoundupBody)],
      [gwangjuRoundupBody, { ...gwangjuRoundupBody, content: gwangjuRoundupBody.content?.slice(1) }],
    ];
    for (const [left, right] of cases) {
      expect(sameJson(left, right), JSON.stringify([left, right]).slice(0, 80)).toBe(canonicalJson(left) === canonicalJson(right));
    }
  });
});
