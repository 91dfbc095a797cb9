import { describe, expect, it } from 'vitest';
import { parseBriefCredit } from './brief-credit';

describe('parseBriefCredit', () => {
  it.each([
    ['김장김치를 전달했다. /광주 동구 제공', '김장김치를 전달했다.', '광주 동구 제공'],
    ['점검하고 있다. /사진=광주 서구 제공', '점검하고 있다.', '광주 서구 제공'],
    ['체험을 하고 있다. /김현우 기자 hwkim@honamdaily.co.kr', '체험을 하고 있다.', '김현우 기자'],
    ['체험을 하고 있다./김현우 기자', '체험을 하고 있다.', '김현우 기자'],
  ])('reads %s', (paragraph, text, credit) => {
    expect(parseBriefCredit(paragraph)).toEqual({ text, credit });
  });

  it.each(['광주 동구는 5일 김장을 했다고 밝혔다.', '1/4 분기 실적을 공개했다', '/광주 동구 제공'])('finds no credit in %s', (paragraph) => {
    expect(parseBriefCredit(paragraph)).toBeNull();
  });
});
