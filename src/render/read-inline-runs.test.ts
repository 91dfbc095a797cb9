import { describe, expect, it } from 'vitest';
import { readInlineRuns } from './read-inline-runs';

describe('readInlineRuns', () => {
  it('keeps bold, italic and allowed links, merging neighbours with the same marks', () => {
    const paragraph = {
      type: 'paragraph',
      content: [
        { type: 'text', text: '광산구는 ' },
        { type: 'text', text: '6일', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' ' },
        { type: 'text', text: '보건', marks: [{ type: 'link', attrs: { href: 'https://www.mohw.go.kr' } }] },
        { type: 'text', text: '복지부', marks: [{ type: 'link', attrs: { href: 'https://www.mohw.go.kr' } }] },
        { type: 'text', text: '의 평가', marks: [{ type: 'italic' }, { type: 'bold' }] },
      ],
    };
    expect(readInlineRuns(paragraph)).toEqual([
      { text: '광산구는 ', bold: false, italic: false, href: null },
      { text: '6일', bold: true, italic: false, href: null },
      { text: ' ', bold: false, italic: false, href: null },
      { text: '보건복지부', bold: false, italic: false, href: 'https://www.mohw.go.kr/' },
      { text: '의 평가', bold: true, italic: true, href: null },
    ]);
  });

  it('keeps the text of a refused link and drops only the link', () => {
    const runs = readInlineRuns({
      type: 'paragraph',
      content: [
        { type: 'text', text: '여기', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
        { type: 'text', text: '와 저기', marks: [{ type: 'link', attrs: { href: 'data:text/html,<b>x</b>' } }] },
      ],
    });
    expect(runs).toEqual([{ text: '여기와 저기', bold: false, italic: false, href: null }]);
  });

  it('skips malformed JSON instead of throwing', () => {
    expect(readInlineRuns(undefined)).toEqual([]);
    expect(readInlineRuns({ type: 'paragraph', content: 'oops' })).toEqual([]);
    expect(
      readInlineRuns({
        type: 'paragraph',
        content: [null, 7, { type: 'text' }, { type: 'text', text: '남은 글', marks: 'bold' }, { type: 'mention' }],
      }),
    ).toEqual([{ text: '남은 글', bold: false, italic: false, href: null }]);
  });
});
