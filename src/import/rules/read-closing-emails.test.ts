import { describe, expect, it } from 'vitest';
import { importRoundupText } from '../import-roundup-text';

const story = '◇광산구, 협약식 개최\n\n광주 광산구는 6일 협약을 맺었다.';

function imported(dateline: string, closing: string) {
  const result = importRoundupText(`${dateline}${story}\n\n${closing}`);
  if (!result.ok) throw new Error(result.error.message);
  return { reporters: result.meta.reporters, codes: result.warnings.map((warning) => warning.code), body: JSON.stringify(result.body) };
}

describe('read-closing-emails', () => {
  it('gives reporters their addresses in order, and by name when the line names them', () => {
    expect(imported('(광주=연합뉴스) 김태훈·이수진 기자 = ', 'thkim@yna.co.kr sjlee@yna.co.kr').reporters).toEqual([
      { name: '김태훈', email: 'thkim@yna.co.kr' },
      { name: '이수진', email: 'sjlee@yna.co.kr' },
    ]);
    expect(imported('(광주=연합뉴스) 김태훈·이수진 기자 = ', '이수진 기자 sjlee@yna.co.kr 김태훈 기자 thkim@yna.co.kr').reporters).toEqual([
      { name: '김태훈', email: 'thkim@yna.co.kr' },
      { name: '이수진', email: 'sjlee@yna.co.kr' },
    ]);
  });

  it('takes reporters from a named e-mail line when the dateline names none', () => {
    expect(imported('(부산·경남=뉴스1) = ', '박소연 기자 syp@news1.kr').reporters).toEqual([{ name: '박소연', email: 'syp@news1.kr' }]);
  });

  it('warns when an address is hidden or missing, and keeps it out of the body', () => {
    const hidden = imported('【광주=뉴시스】신대희 기자 = ', '[email protected]');
    expect(hidden.reporters).toEqual([{ name: '신대희', email: '' }]);
    expect(hidden.codes).toContain('email_obfuscated');
    expect(hidden.body).not.toContain('protected');
    expect(imported('【광주=뉴시스】신대희 기자 = ', '구는 내년 3월 코치를 뽑는다.').codes).toContain('email_not_found');
  });

  it('leaves an address in the story’s text alone', () => {
    const { body, reporters } = imported('【광주=뉴시스】신대희 기자 = ', '문의는 광산구청 복지과(welfare@gwangsan.go.kr)로 하면 된다.\n\nsdh@newsis.com');
    expect(body).toContain('welfare@gwangsan.go.kr');
    expect(reporters).toEqual([{ name: '신대희', email: 'sdh@newsis.com' }]);
  });
});
