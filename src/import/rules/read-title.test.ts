import { describe, expect, it } from 'vitest';
import { importRoundupText } from '../import-roundup-text';

const story = '【광주=뉴시스】신대희 기자 = ◇광산구, 협약식 개최\n\n광주 광산구는 6일 협약을 맺었다.';

function title(page: string): { kicker: string; headline: string; codes: string[] } {
  const result = importRoundupText(page);
  if (!result.ok) throw new Error(result.error.message);
  return { kicker: result.meta.kicker, headline: result.meta.headline, codes: result.warnings.map((warning) => warning.code) };
}

describe('read-title', () => {
  it.each([
    ['[광주소식]광산구, 협약식 개최 등', '광주소식', '광산구, 협약식 개최 등'],
    ['[광주소식] 광산구, 협약식 개최 등', '광주소식', '광산구, 협약식 개최 등'],
    ['[부산·경남 소식] 부산시, 쓰레기 특별 수거 등', '부산·경남 소식', '부산시, 쓰레기 특별 수거 등'],
    ['【전남브리핑】 전남도, 교육생 모집', '전남브리핑', '전남도, 교육생 모집'],
    ['[광주소식]\n광산구, 협약식 개최 등', '광주소식', '광산구, 협약식 개최 등'],
  ])('reads %s', (line, kicker, headline) => {
    expect(title(`${line}\n\n${story}`)).toMatchObject({ kicker, headline });
  });

  it('prefers a roundup kicker to other bracketed lines of the page above it', () => {
    expect(title(`[단독] 광주시 예산 10조 돌파\n[포커스] 무등산 단풍 절정\n[광주소식]광산구, 협약식 개최 등\n\n${story}`)).toMatchObject({
      kicker: '광주소식',
      headline: '광산구, 협약식 개최 등',
    });
  });

  it('never takes a line after the dateline, and says when there is no title', () => {
    const { kicker, headline, codes } = title(`${story}\n\n[광주소식]광산구, 다른 기사`);
    expect({ kicker, headline }).toEqual({ kicker: '광주소식', headline: '' });
    expect(codes).toEqual(expect.arrayContaining(['title_not_found', 'kicker_guessed']));
  });
});
