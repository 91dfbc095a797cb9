import { defaultOutletOf } from './default-outlets';
import type { HouseStyle } from './house-style';

/** Yonhap: `(광주=연합뉴스) 신대희 기자 =`, handout captions `2017.12.6 [광산구 제공. 재판매 및 DB 금지]`, `(끝)`. */
export const yonhapHouseStyle: HouseStyle = {
  id: 'yonhap',
  defaultOutlet: defaultOutletOf('yonhap'),
  kickerLabel: '[{kicker}]',
  title: { parts: ['{kickerLabel}', '{headline}'], separator: ' ' },
  registeredLabel: '송고시간',
  updatedLabel: '수정',
  dateTimeFormat: '{yyyy}-{MM}-{dd} {HH}:{mm}',
  dateline: { parts: ['({region}={outlet})', '{reporters} 기자 ='], separator: ' ' },
  reporterSeparator: '·',
  briefMarker: '◇',
  figurePlacement: 'in-flow',
  captionDate: '{yyyy}.{M}.{d}',
  caption: {
    before: ['{dateline}'],
    after: ['{date}', '[{credit}. 재판매 및 DB 금지]', 'photo@yna.co.kr'],
    separator: ' ',
  },
  emailSeparator: ' ',
  closingMark: '(끝)',
};
