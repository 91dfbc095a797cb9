import { describe, expect, it } from 'vitest';
import { gwangjuRoundupBody } from './demo/gwangju-roundup';
import { countParagraphs, countRoundup, manuscriptLinesFor } from './manuscript-count';
import { proseMirrorSchema } from './prosemirror-schema';

describe('manuscript layout (원고지, 20 × 10 cells)', () => {
  it('gives a paragraph one indent cell, then a cell per character', () => {
    expect(manuscriptLinesFor('가'.repeat(19))).toBe(1);
    expect(manuscriptLinesFor('가'.repeat(20))).toBe(2);
    expect(manuscriptLinesFor('가'.repeat(39))).toBe(2);
    expect(manuscriptLinesFor('가'.repeat(40))).toBe(3);
  });

  it('does not write a space at the start of a line', () => {
    // 19 characters fill the first line after the indent; the space would open line 2 and is dropped,
    // so 20 more characters fit exactly on line 2.
    expect(manuscriptLinesFor(`${'가'.repeat(19)} ${'나'.repeat(20)}`)).toBe(2);
    // With 18 characters the space takes the last cell of line 1 instead.
    expect(manuscriptLinesFor(`${'가'.repeat(18)} ${'나'.repeat(20)}`)).toBe(2);
    expect(manuscriptLinesFor(`${'가'.repeat(18)} ${'나'.repeat(21)}`)).toBe(3);
  });

  it('trims paragraphs, keeps inner spaces in the count and ignores empty paragraphs', () => {
    expect(countParagraphs(['  가  나  ', '', '   '])).toEqual({
      withSpaces: 4,
      withoutSpaces: 2,
      manuscriptLines: 1,
      sheets: 0.1,
      paragraphs: 1,
    });
  });
});

describe('counting the model roundup', () => {
  const doc = proseMirrorSchema.nodeFromJSON(gwangjuRoundupBody);
  const { briefs, total } = countRoundup(doc);

  // Hand-counted from the seed text (heading + paragraphs of each brief; captions are counted apart).
  it.each([
    [0, { withSpaces: 746, withoutSpaces: 600, manuscriptLines: 42, sheets: 4.2, paragraphs: 13 }],
    [1, { withSpaces: 460, withoutSpaces: 369, manuscriptLines: 27, sheets: 2.7, paragraphs: 8 }],
    [2, { withSpaces: 312, withoutSpaces: 243, manuscriptLines: 19, sheets: 1.9, paragraphs: 5 }],
  ])('brief %i', (index, expected) => {
    expect(briefs[index]).toEqual(expected);
  });

  it('adds up to the total', () => {
    expect(total).toEqual({ withSpaces: 1518, withoutSpaces: 1212, manuscriptLines: 88, sheets: 8.8, paragraphs: 26 });
  });

  it('counts the short fourth paragraph of brief 1 by hand', () => {
    const text = "광산구 장애인복지관은 사회적협동조합 '다인' 설립을 도왔다.";
    // 광산구(3) 장애인복지관은(7) 사회적협동조합(7) '다인'(4) 설립을(3) 도왔다.(4) = 28 + 5 spaces
    expect(countParagraphs([text])).toMatchObject({ withSpaces: 33, withoutSpaces: 28, manuscriptLines: 2 });
  });

  it('reuses the count of an unchanged brief after an edit elsewhere', () => {
    const first = doc.child(0);
    const edited = doc.replace(doc.content.size - 3, doc.content.size - 3, doc.slice(0, 0));
    expect(countRoundup(edited).briefs[0]).toBe(countRoundup(doc).briefs[0]);
    expect(edited.child(0)).toBe(first);
  });
});
