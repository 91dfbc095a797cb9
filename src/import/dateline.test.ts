import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline';

describe('parseDateline', () => {
  it.each([
    ['【광주=뉴시스】신대희 기자 = ◇광산구', { region: '광주', outlet: '뉴시스', reporters: ['신대희'], brackets: 'lenticular', rest: '◇광산구' }],
    ['[광주=뉴시스] 신대희 기자 = 광주 광산구는', { region: '광주', outlet: '뉴시스', reporters: ['신대희'], brackets: 'square', rest: '광주 광산구는' }],
    ['(광주=연합뉴스) 신대희 기자 = ◇ 광산구', { region: '광주', outlet: '연합뉴스', reporters: ['신대희'], brackets: 'round', rest: '◇ 광산구' }],
    ['(광주=뉴스1) 신대희 기자 = 본문', { region: '광주', outlet: '뉴스1', reporters: ['신대희'], brackets: 'round', rest: '본문' }],
    ['(부산·경남=뉴스1) = ○부산시', { region: '부산·경남', outlet: '뉴스1', reporters: [], brackets: 'round', rest: '○부산시' }],
    ['(대구=연합뉴스) 김태훈 이수진 기자 = ▲', { reporters: ['김태훈', '이수진'], rest: '▲' }],
    ['(서울=연합뉴스) 김태훈·이수진 기자 =', { reporters: ['김태훈', '이수진'], rest: '' }],
    ['(워싱턴=연합뉴스) 김태훈 특파원 = 미국', { region: '워싱턴', reporters: ['김태훈'], rest: '미국' }],
    ['(광주=연합뉴스) 18일 광주 서구문화센터에서', { reporters: [], rest: '18일 광주 서구문화센터에서' }],
    ['（광주=뉴스1） 정다은 기자 = 본문', { outlet: '뉴스1', brackets: 'round', rest: '본문' }],
    ['[춘천=뉴스핌] 배서준 기자 = 본문', { outlet: '뉴스핌', reporters: ['배서준'], rest: '본문' }],
  ])('reads %s', (line, expected) => {
    expect(parseDateline(line)).toMatchObject(expected);
  });

  it.each([
    '[광주소식]광산구, 사회적경제·일자리창출 대상 등',
    '[email protected]',
    '(사진 = 광산구 제공) photo@newsis.com',
    '[광산구 제공. 재판매 및 DB 금지]',
    '(서울=아무개) 본문',
    '【광주=뉴시스) 신대희 기자 =',
    '광주=뉴시스 신대희 기자 =',
  ])('does not take %s for a dateline', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});
