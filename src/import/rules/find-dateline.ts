import type { HouseStyleId } from '@/schema/house-style-id';
import { parseDateline, type Dateline } from '../dateline';
import type { ImportRule } from '../import-draft';
import { findWireOutlet } from '../wire-outlets';

const styleByBrackets: Readonly<Record<Dateline['brackets'], HouseStyleId>> = {
  lenticular: 'newsis',
  square: 'newsis',
  round: 'yonhap',
};

/**
 * Finds the dateline (`【광주=뉴시스】신대희 기자 =`, `[광주=뉴시스] 신대희 기자 =`, `(광주=연합뉴스) 신대희 기자 =`,
 * `(광주=뉴스1) 신대희 기자 =`, `(부산·경남=뉴스1) =`) and takes region, outlet, house style and reporters from it.
 * Every line starting with a dateline loses it: the house style writes it back at render time. Captions repeat the
 * dateline, often without the reporter, so the first dateline that names someone wins.
 */
export const findDateline: ImportRule = {
  name: 'find-dateline',
  apply(draft, warn) {
    let chosen: { dateline: Dateline; line: number } | null = null;
    for (const line of draft.lines) {
      if (line.role !== 'content') continue;
      const dateline = parseDateline(line.text);
      if (dateline === null) continue;
      if (chosen === null || (chosen.dateline.reporters.length === 0 && dateline.reporters.length > 0)) {
        chosen = { dateline, line: line.number };
      }
      line.text = dateline.rest;
      if (line.text === '') line.role = 'chrome';
    }
    if (chosen === null) {
      warn('dateline_not_found', 'No dateline such as "【광주=뉴시스】홍길동 기자 =" was found; fill in region, outlet and reporters.');
      return;
    }
    const { dateline, line } = chosen;
    const { meta } = draft;
    meta.region = dateline.region;
    meta.outlet = dateline.outlet;
    meta.reporters = dateline.reporters.map((name) => ({ name, email: '' }));
    const outlet = findWireOutlet(dateline.outlet);
    if (outlet === null) {
      meta.houseStyle = styleByBrackets[dateline.brackets];
      warn('house_style_guessed', `"${dateline.outlet}" is not an outlet Bureau has a house style for; the ${meta.houseStyle} style was chosen from the dateline's brackets.`, line);
    } else {
      meta.houseStyle = outlet.houseStyle;
    }
    if (dateline.reporters.length === 0) {
      warn('reporter_not_found', 'The dateline names no reporter; add the reporters if the roundup should name them.', line);
    }
  },
};
