import { defaultOutletOf } from './default-outlets';
import type { HouseStyle } from './house-style';

/** Newsis, as on newsis.com: `【광주=뉴시스】신대희 기자 =`, photos above their brief, `photo@newsis.com` captions. */
export const newsisHouseStyle: HouseStyle = {
  id: 'newsis',
  defaultOutlet: defaultOutletOf('newsis'),
  kickerLabel: '[{kicker}]',
  title: { parts: ['{kickerLabel}', '{headline}'], separator: '' },
  registeredLabel: '등록',
  updatedLabel: '수정',
  dateTimeFormat: '{yyyy}.{MM}.{dd} {HH}:{mm}:{ss}',
  dateline: { parts: ['【{region}={outlet}】', '{reporters} 기자 ='], separator: '' },
  reporterSeparator: '·',
  briefMarker: '◇',
  figurePlacement: 'before-heading',
  captionDate: '{yyyy}.{MM}.{dd}.',
  caption: {
    before: ['{dateline}'],
    after: ['{date}', '(사진 = {credit})', 'photo@newsis.com'],
    separator: ' ',
  },
  emailSeparator: ' ',
  closingMark: null,
};
