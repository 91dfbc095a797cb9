import { describe, expect, it } from 'vitest';
import { levenshteinDistance, normalizeWhitespace, textSimilarity } from './text-similarity';

describe('levenshteinDistance', () => {
  it.each([
    ['', '', 0],
    ['', '광주', 2],
    ['kitten', 'sitting', 3],
    ['광산구', '광산구청', 1],
    ['북부소방서', '남부소방서', 1],
    ['a😀b', 'ab', 1],
  ])('%s → %s: %i', (left, right, distance) => {
    expect(levenshteinDistance(left, right)).toBe(distance);
    expect(levenshteinDistance(right, left)).toBe(distance);
  });
});

describe('textSimilarity', () => {
  it('ignores how whitespace is laid out', () => {
    expect(normalizeWhitespace(' 광주\u00a0 광산구는\n\n 6일 ')).toBe('광주 광산구는 6일');
    expect(textSimilarity('◇광산구\n\n 광주 광산구는', '◇광산구 광주\u00a0광산구는')).toBe(1);
  });

  it('is 1 − distance / longer length', () => {
    expect(textSimilarity('', '')).toBe(1);
    expect(textSimilarity('abcd', '')).toBe(0);
    expect(textSimilarity('abcd', 'abce')).toBe(0.75);
  });

  it('handles two texts of 6 000 characters', () => {
    const text = '광주 광산구는 6일 보건복지부의 평가에서 대상을 받았다. '.repeat(200).slice(0, 6000);
    const changed = `${text.slice(0, 3000)}X${text.slice(3001)}`;
    const started = performance.now();
    expect(textSimilarity(text, changed)).toBeCloseTo(1 - 1 / 6000, 10);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
