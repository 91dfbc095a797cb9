import { describe, expect, it } from 'vitest';
import { sampleBodies } from '../../tests/contract/sample-bodies';
import { serialiseBody, serialisedBodyBytes, utf8ByteLength } from './serialised-body';

const encoded = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).byteLength;

describe('utf8ByteLength', () => {
  it.each([
    ['ASCII', 'brief'],
    ['Hangul', '광산구 소식'],
    ['Latin-1 and Greek', 'café Ω'],
    ['an emoji (surrogate pair)', '사진 📷'],
    ['a lone surrogate', 'a\ud800b'],
    ['a lone surrogate at the end', 'a\ud800'],
  ])('counts %s as TextEncoder does', (_name, text) => {
    expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).byteLength);
  });
});

describe('serialiseBody', () => {
  it('is JSON.stringify, for plain docs, other shapes and reused briefs alike', () => {
    const body = sampleBodies.nonCanonical();
    expect(serialiseBody(body)).toBe(JSON.stringify(body));
    const reordered = { type: 'doc', content: [...sampleBodies.valid('가', 3).content!].reverse() };
    expect(serialiseBody(reordered)).toBe(JSON.stringify(reordered));
    expect(serialiseBody({ type: 'doc', content: [] })).toBe('{"type":"doc","content":[]}');
    const extra = { ...sampleBodies.valid(), attrs: { a: 1 } };
    expect(serialiseBody(extra)).toBe(JSON.stringify(extra));
    const undefinedMember = { type: 'doc', content: sampleBodies.valid().content, marks: undefined };
    expect(serialiseBody(undefinedMember)).toBe(JSON.stringify(undefinedMember));
  });
});

describe('serialisedBodyBytes', () => {
  it('equals the length of the JSON of a doc of briefs, counting every brief', () => {
    for (const count of [1, 2, 7]) {
      const body = sampleBodies.valid('본문 📷', count);
      expect(serialisedBodyBytes(body)).toBe(encoded(body));
    }
  });

  it('measures a body that is not a plain doc the long way', () => {
    const body = { ...sampleBodies.valid(), attrs: { extra: '가' } };
    expect(serialisedBodyBytes(body)).toBe(encoded(body));
    expect(serialisedBodyBytes({ type: 'doc' })).toBe(encoded({ type: 'doc' }));
  });

  it('counts a reused brief at its size in a new body', () => {
    const first = sampleBodies.valid('가', 3);
    serialisedBodyBytes(first);
    const second = { type: 'doc', content: [first.content![2]!, first.content![0]!] };
    expect(serialisedBodyBytes(second)).toBe(encoded(second));
  });
});
