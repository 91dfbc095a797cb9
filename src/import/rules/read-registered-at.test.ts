import { describe, expect, it } from 'vitest';
import { importRoundupText } from '../import-roundup-text';

function registeredAt(line: string): { registeredAt: string | null; codes: string[] } {
  const result = importRoundupText(`[광주소식]광산구, 협약식 개최\n${line}\n【광주=뉴시스】신대희 기자 = ◇광산구, 협약식 개최\n\n광주 광산구는 6일 협약을 맺었다.`);
  if (!result.ok) throw new Error(result.error.message);
  return { registeredAt: result.meta.registeredAt, codes: result.warnings.map((warning) => warning.code) };
}

describe('read-registered-at', () => {
  it.each([
    ['등록 2017.12.06 17:35:58', '2017-12-06T17:35:58+09:00'],
    ['등록 2017.12.06 17:35:58수정 2017.12.07 09:00:00', '2017-12-06T17:35:58+09:00'],
    ['송고시간2017-12-06 17:35', '2017-12-06T17:35:00+09:00'],
    ['입력 2017.12.06 오후 5:35', '2017-12-06T17:35:00+09:00'],
    ['입력 2017.12.06 오전 12:10', '2017-12-06T00:10:00+09:00'],
    ['기사입력 2017/12/6 9:05', '2017-12-06T09:05:00+09:00'],
    ['승인 2017년 12월 6일 17:35', '2017-12-06T17:35:00+09:00'],
  ])('reads %s as Korea time', (line, expected) => {
    expect(registeredAt(line)).toMatchObject({ registeredAt: expected });
  });

  it.each(['수정 2017.12.07 09:00:00', '등록 2017.02.30 10:00', '등록 2017.12.06 25:00', '2017.12.06 17:35'])(
    'leaves 등록 empty for %s, with a warning',
    (line) => {
      const { registeredAt: value, codes } = registeredAt(line);
      expect(value).toBeNull();
      expect(codes).toContain('registered_at_not_found');
    },
  );
});
