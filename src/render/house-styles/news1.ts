import { defaultOutletOf } from './default-outlets';
import type { HouseStyle } from './house-style';

/** News1: `(광주=뉴스1) 신대희 기자 =`, captions `(광산구 제공) 2017.12.6/뉴스1`. */
export const news1HouseStyle: HouseStyle = {
  id: 'news1',
  defaultOutlet: defaultOutletOf('news1'),
  kickerLabel: '[{kicker}]',
  title: { parts: ['{kickerLabel}', '{headline}'], separator: ' ' },
  registeredLabel: '등록',
  updatedLabel: '수정',
  dateTimeFormat: '{yyyy}-{MM}-{dd} {HH}:{mm}',
  dateline: { parts: ['({region}={outlet})', '{reporters} 기자 ='], separator: ' ' },
  reporterSeparator: '·',
  briefMarker: '◇',
  figurePlacement: 'in-flow',
  captionDate: '{yyyy}.{M}.{d}',
  caption: {
    before: ['{dateline}'],
    after: ['({credit})', '{date}/{outlet}'],
    separator: ' ',
  },
  emailSeparator: ' ',
  closingMark: null,
};
