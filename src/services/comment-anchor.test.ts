import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { briefText, briefTextblocks, resolveTextAnchor, textTargetFor } from './comment-anchor';

const text = '광산구는 오늘 청소년 문화축제를 열었다고 밝혔다.';
const quote = '청소년 문화축제';

function anchorOn(piece: string, within = text, occurrence = 0) {
  let start = -1;
  for (let found = 0; found <= occurrence; found += 1) start = within.indexOf(piece, start + 1);
  return textTargetFor('b-1', within, start, start + piece.length);
}

function quoted(now: string, target: ReturnType<typeof anchorOn>): string | null {
  const range = resolveTextAnchor(now, target);
  return range === null ? null : now.slice(range.start, range.end);
}

describe('briefText', () => {
  it('joins heading, paragraphs, captions and credits in document order', () => {
    const brief: JSONContent = {
      type: 'brief',
      attrs: { id: 'b-1' },
      content: [
        { type: 'briefHeading', content: [{ type: 'text', text: '소식' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '가' }, { type: 'text', text: '나', marks: [{ type: 'bold' }] }] },
        {
          type: 'figure',
          attrs: { photoId: 'p-1' },
          content: [
            { type: 'figureCaption', content: [{ type: 'text', text: '설명' }] },
            { type: 'figureCredit', content: [{ type: 'text', text: '제공' }] },
          ],
        },
        { type: 'paragraph' },
      ],
    };
    expect(briefTextblocks(brief)).toEqual(['소식', '가나', '설명', '제공', '']);
    expect(briefText(brief)).toBe('소식\n가나\n설명\n제공\n');
  });
});

describe('resolveTextAnchor: anchoring survives edits before, inside and after the commented range', () => {
  it('finds the quote where it was when nothing changed', () => {
    const target = anchorOn(quote);
    expect(resolveTextAnchor(text, target)).toEqual({ start: target.start, end: target.start + quote.length });
  });

  it('(a) an edit before the range only moves it', () => {
    const now = `[속보] ${text.replace('오늘', '어제와 오늘')}`;
    expect(quoted(now, anchorOn(quote))).toBe(quote);
  });

  it('(b) an edit inside the range is found by the context around it', () => {
    const now = text.replace('청소년 문화축제', '청소년 여름 문화축제');
    expect(quoted(now, anchorOn(quote))).toBe('청소년 여름 문화축제');
  });

  it('(b) a rewrite of most of the range is still found while its context is intact', () => {
    const now = text.replace('청소년 문화축제', '어린이 잔치');
    expect(quoted(now, anchorOn(quote))).toBe('어린이 잔치');
  });

  it('(c) an edit after the range leaves it as it was', () => {
    const now = text.replace('열었다고 밝혔다.', '열었다고 4일 밝혔다. 행사는 5일까지 이어진다.');
    const target = anchorOn(quote);
    expect(resolveTextAnchor(now, target)).toEqual({ start: target.start, end: target.start + quote.length });
  });

  it('picks the copy of a repeated quote whose context matches', () => {
    const twice = '북구는 축제를 열었다. 광산구도 축제를 열었다.';
    const second = anchorOn('축제', twice, 1);
    expect(resolveTextAnchor(twice, second)).toEqual({ start: second.start, end: second.start + 2 });
    // Text added before both copies moves them; the context still tells them apart.
    const now = `[종합] ${twice}`;
    expect(resolveTextAnchor(now, second)?.start).toBe(now.lastIndexOf('축제'));
    const first = anchorOn('축제', twice, 0);
    expect(resolveTextAnchor(now, first)?.start).toBe(now.indexOf('축제'));
  });

  it('picks the copy with the matching context even when another copy is nearer the old offset', () => {
    const before = '가나다라 축제 마바사아 북구 축제 자차카타';
    const target = anchorOn('축제', before, 1);
    const now = '북구 축제 자차카타 가나다라 축제 마바사아';
    expect(resolveTextAnchor(now, target)?.start).toBe(now.indexOf('북구 축제') + 3);
  });

  it('gives up (detached) when the commented text was deleted', () => {
    expect(resolveTextAnchor(text.replace(quote, ''), anchorOn(quote))).toBeNull();
    expect(resolveTextAnchor('광산구는 오늘 열었다고 밝혔다.', anchorOn(quote))).toBeNull();
  });

  it('finds a range at the very start or end of the text, where one side has no context', () => {
    const atStart = anchorOn('광산구는');
    expect(atStart.prefix).toBe('');
    expect(quoted(`[속보] ${text}`, atStart)).toBe('광산구는');
    expect(quoted(text.replace('광산구는', '광산구청은'), atStart)).toBe('광산구청은');
    const atEnd = anchorOn('밝혔다.');
    expect(atEnd.suffix).toBe('');
    expect(quoted(text.replace('밝혔다.', '밝혔습니다.'), atEnd)).toBe('밝혔습니다.');
  });

  it('gives up when the whole text was replaced', () => {
    expect(resolveTextAnchor('전혀 다른 기사 내용입니다.', anchorOn(quote))).toBeNull();
  });
});

describe('resolveTextAnchor: far-away fragments', () => {
  it('does not attach an edited-away quote to a few matching characters far from where it stood', () => {
    const before = `광산구는 6일 송년 음악회를 열었다.${'\n다른 이야기.'.repeat(20)}\n광산구는 또 김장을 했다.`;
    const start = before.indexOf('송년 음악회를');
    const target = textTargetFor('b-1', before, start, start + '송년 음악회를'.length);
    const after = `전혀 다른 첫 문장으로 바꿨다.${'\n다른 이야기.'.repeat(20)}\n광산구는 또 송년 음악 행사를 했다.`;
    expect(resolveTextAnchor(after, target)).toBeNull();
  });
});
