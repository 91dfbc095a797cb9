import { describe, expect, it } from 'vitest';
import { validateRoundupBody } from '../../src/schema/validate-roundup-body';
import { generateRoundupFixture, roundupFixtureSizes } from './roundup-fixture-generator';

describe('generateRoundupFixture', () => {
  it.each(roundupFixtureSizes)('builds a valid roundup of %i briefs', (briefCount) => {
    const fixture = generateRoundupFixture(briefCount);
    expect(validateRoundupBody(fixture.body).ok).toBe(true);
    expect(fixture.body.content).toHaveLength(briefCount);
  });

  it('gives each brief a heading, three paragraphs of about 60 words and a credited figure', () => {
    const [brief] = generateRoundupFixture(10).body.content ?? [];
    expect(brief?.content?.map((node) => node.type)).toEqual(['briefHeading', 'paragraph', 'paragraph', 'paragraph', 'figure']);
    for (const paragraph of brief?.content?.slice(1, 4) ?? []) {
      const wordCount = paragraph.content?.[0]?.text?.split(' ').length ?? 0;
      expect(wordCount).toBeGreaterThanOrEqual(56);
      expect(wordCount).toBeLessThanOrEqual(64);
    }
    expect(brief?.content?.[4]?.content?.[1]?.content?.[0]?.text).toMatch(/^\S+구 제공$/);
  });

  it('is deterministic for a seed', () => {
    expect(generateRoundupFixture(50, 11).body).toEqual(generateRoundupFixture(50, 11).body);
    expect(generateRoundupFixture(50, 11).body).not.toEqual(generateRoundupFixture(50, 12).body);
  });
});
