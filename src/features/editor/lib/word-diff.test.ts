import { describe, expect, it } from 'vitest';
import { diffWords, maxWordDiffCells, tokenizeWords, type WordDiffPart } from './word-diff';

function side(parts: readonly WordDiffPart[], kind: 'deleted' | 'inserted'): string {
  return parts
    .filter((part) => part.kind === 'same' || part.kind === kind)
    .map((part) => part.text)
    .join('');
}

describe('tokenizeWords', () => {
  it('splits into words and the whitespace between them, keeping every character', () => {
    expect(tokenizeWords('광산구는  11일 오후\n행사를')).toEqual(['광산구는', '  ', '11일', ' ', '오후', '\n', '행사를']);
    expect(tokenizeWords('')).toEqual([]);
  });
});

describe('diffWords', () => {
  it('finds a replaced Korean word (eojeol) and keeps the rest', () => {
    expect(diffWords('광산구는 11일 행사를 열었다.', '광산구는 12일 행사를 열었다.')).toEqual([
      { kind: 'same', text: '광산구는 ' },
      { kind: 'deleted', text: '11일' },
      { kind: 'inserted', text: '12일' },
      { kind: 'same', text: ' 행사를 열었다.' },
    ]);
  });

  it('shows an inserted and a deleted English word', () => {
    expect(diffWords('the quick fox jumps', 'the quick brown fox')).toEqual([
      { kind: 'same', text: 'the quick ' },
      { kind: 'inserted', text: 'brown ' },
      { kind: 'same', text: 'fox' },
      { kind: 'deleted', text: ' jumps' },
    ]);
  });

  it('shows a rewritten stretch as one deletion and one insertion, not word by word around the spaces', () => {
    expect(diffWords('시는 오늘 공원을 열었다', '시는 내일 도서관을 연다')).toEqual([
      { kind: 'same', text: '시는 ' },
      { kind: 'deleted', text: '오늘 공원을 열었다' },
      { kind: 'inserted', text: '내일 도서관을 연다' },
    ]);
  });

  it('handles empty texts on either side', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', '새 문단')).toEqual([{ kind: 'inserted', text: '새 문단' }]);
    expect(diffWords('옛 문단', '')).toEqual([{ kind: 'deleted', text: '옛 문단' }]);
    expect(diffWords('같다', '같다')).toEqual([{ kind: 'same', text: '같다' }]);
  });

  it('merges adjacent parts of the same kind', () => {
    const parts = diffWords('a b c d', 'a x y d');
    for (let index = 1; index < parts.length; index += 1) expect(parts[index]!.kind).not.toBe(parts[index - 1]!.kind);
  });

  it('always rebuilds both texts exactly', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const words = ['광주', '시는', '11일', 'the', 'fox', ' ', '  ', '\n', '행사를', '열었다.'];
    const sentence = () => Array.from({ length: Math.floor(random() * 20) }, () => words[Math.floor(random() * words.length)]).join(' ');
    for (let round = 0; round < 300; round += 1) {
      const before = sentence();
      const after = sentence();
      const parts = diffWords(before, after);
      expect(side(parts, 'deleted')).toBe(before);
      expect(side(parts, 'inserted')).toBe(after);
      expect(parts.every((part) => part.text !== '')).toBe(true);
    }
  });

  it('falls back to replacing the changed middle when the texts are too large to compare word by word', () => {
    const count = Math.ceil(Math.sqrt(maxWordDiffCells) / 2) + 10;
    const before = `머리 ${Array.from({ length: count }, (_, index) => `가${index}`).join(' ')} 꼬리`;
    const after = `머리 ${Array.from({ length: count }, (_, index) => `나${index}`).join(' ')} 꼬리`;
    const parts = diffWords(before, after);
    expect(parts.map((part) => part.kind)).toEqual(['same', 'deleted', 'inserted', 'same']);
    expect(parts[0]!.text).toBe('머리 ');
    expect(parts[3]!.text).toBe(' 꼬리');
    expect(side(parts, 'deleted')).toBe(before);
    expect(side(parts, 'inserted')).toBe(after);
  });
});
