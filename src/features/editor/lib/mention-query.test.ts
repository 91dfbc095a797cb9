import { describe, expect, it } from 'vitest';
import { insertMention, mentionedIds, mentionQueryAt } from './mention-query';

describe('mentions while typing a comment', () => {
  it('finds the @name being typed before the caret', () => {
    expect(mentionQueryAt('확인 부탁 @신대', 9)).toEqual({ start: 6, query: '신대' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('메일 a@b', 6)).toBeNull();
    expect(mentionQueryAt('@신대희 확인', 7)).toBeNull();
  });

  it('puts the picked name in place of the query', () => {
    const text = '확인 @신대 바랍니다';
    const query = mentionQueryAt(text, 6)!;
    expect(insertMention(text, 6, query, '신대희')).toEqual({ text: '확인 @신대희 바랍니다', caret: 8 });
  });

  it('mentions only the picked people still named in the text', () => {
    const picked = new Map([
      ['u-1', '신대희'],
      ['u-2', '김데스크'],
    ]);
    expect(mentionedIds('@신대희 확인', picked)).toEqual(['u-1']);
  });
});
