import { describe, expect, it } from 'vitest';
import { gwangjuRoundupBody, gwangjuRoundupCaptions } from '@/schema/demo/gwangju-roundup';
import { houseStyleIds, type HouseStyleId } from '@/schema/house-style-id';
import type { FigureBlock } from '../article-layout';
import { layoutRoundup } from '../layout-roundup';
import { roundupBuilders as build } from '../testing/roundup-builders';
import type { HouseStyle } from './house-style';
import { getHouseStyle } from './house-styles';

function layoutIn(houseStyle: HouseStyleId, outlet: string, reporters = build.meta().reporters) {
  return layoutRoundup(
    { meta: build.meta({ houseStyle, outlet, reporters }), body: gwangjuRoundupBody },
    { photoUrl: build.photoUrl },
  );
}

function captionLines(layout: ReturnType<typeof layoutRoundup>): string[] {
  return layout.briefs
    .flatMap((brief) => brief.blocks)
    .filter((block): block is FigureBlock => block.kind === 'figure')
    .map((figure) => figure.captionLine);
}

describe('Yonhap house style', () => {
  const layout = layoutIn('yonhap', '연합뉴스');

  it('writes the dateline in round brackets with a space', () => {
    expect(layout.dateline).toBe('(광주=연합뉴스) 신대희 기자 =');
    expect(layout.title).toBe('[광주소식] 광산구, 사회적경제·일자리창출 대상 등');
  });

  it('ends handout captions with the date and the resale notice', () => {
    expect(captionLines(layout)).toEqual([
      `(광주=연합뉴스) 신대희 기자 = ${gwangjuRoundupCaptions.sleepCoaching.caption} 2017.12.6 [광산구 제공. 재판매 및 DB 금지] photo@yna.co.kr`,
      `(광주=연합뉴스) 신대희 기자 = ${gwangjuRoundupCaptions.fireStation.caption} 2017.12.6 [광주 북부소방서 제공. 재판매 및 DB 금지] photo@yna.co.kr`,
    ]);
  });

  it('keeps photos where the reporter put them and closes with (끝)', () => {
    expect(layout.briefs[1]!.blocks.slice(0, 2).map((block) => block.kind)).toEqual(['heading', 'figure']);
    expect(layout.closing).toEqual({ emails: ['reporter@newsis.com'], text: 'reporter@newsis.com', closingMark: '(끝)' });
    expect(layout.registered?.text).toBe('2017-12-06 17:35');
  });
});

describe('News1 house style', () => {
  const layout = layoutIn('news1', '뉴스1');

  it('writes the dateline and the News1 caption suffix', () => {
    expect(layout.dateline).toBe('(광주=뉴스1) 신대희 기자 =');
    expect(captionLines(layout)).toEqual([
      `(광주=뉴스1) 신대희 기자 = ${gwangjuRoundupCaptions.sleepCoaching.caption} (광산구 제공) 2017.12.6/뉴스1`,
      `(광주=뉴스1) 신대희 기자 = ${gwangjuRoundupCaptions.fireStation.caption} (광주 북부소방서 제공) 2017.12.6/뉴스1`,
    ]);
    expect(layout.closing?.text).toBe('reporter@newsis.com');
    expect(layout.closing?.closingMark).toBeNull();
  });

  it('handles several reporters and none', () => {
    const two = [
      { name: '신대희', email: 'sdh@news1.kr' },
      { name: '홍길동', email: 'hong@news1.kr' },
    ];
    expect(layoutIn('news1', '뉴스1', two).dateline).toBe('(광주=뉴스1) 신대희·홍길동 기자 =');
    expect(layoutIn('news1', '뉴스1', two).closing?.text).toBe('sdh@news1.kr hong@news1.kr');
    expect(layoutIn('news1', '뉴스1', []).dateline).toBe('(광주=뉴스1)');
    expect(layoutIn('yonhap', '연합뉴스', []).dateline).toBe('(광주=연합뉴스)');
  });
});

describe('outlet field against house style', () => {
  it('names the outlet from the field and formats it in the style', () => {
    const layout = layoutIn('news1', '뉴시스');
    expect(layout.dateline).toBe('(광주=뉴시스) 신대희 기자 =');
    expect(captionLines(layout)[0]).toMatch(/ \(광산구 제공\) 2017\.12\.6\/뉴시스$/);
    expect(layoutIn('yonhap', '').dateline).toBe('(광주=연합뉴스) 신대희 기자 =');
  });
});

describe('getHouseStyle', () => {
  it('returns the style for every id the schema knows', () => {
    for (const id of houseStyleIds) expect(getHouseStyle(id).id).toBe(id);
  });

  it('falls back to Newsis for an id this build does not know', () => {
    const stale: string = 'hankyoreh';
    expect(getHouseStyle(stale as HouseStyleId).id).toBe('newsis');
  });

  const placeholders: Record<string, readonly string[]> = {
    kickerLabel: ['kicker'],
    title: ['kickerLabel', 'headline'],
    dateTimeFormat: ['yyyy', 'MM', 'M', 'dd', 'd', 'HH', 'mm', 'ss'],
    captionDate: ['yyyy', 'MM', 'M', 'dd', 'd'],
    dateline: ['region', 'outlet', 'reporters'],
    caption: ['dateline', 'date', 'credit', 'outlet'],
  };

  function templatesOf(style: HouseStyle): Record<string, readonly string[]> {
    return {
      kickerLabel: [style.kickerLabel],
      title: style.title.parts,
      dateTimeFormat: [style.dateTimeFormat],
      captionDate: [style.captionDate],
      dateline: style.dateline.parts,
      caption: [...style.caption.before, ...style.caption.after],
    };
  }

  it.each(houseStyleIds)('%s uses only the placeholders the layout fills', (id) => {
    for (const [field, templates] of Object.entries(templatesOf(getHouseStyle(id)))) {
      for (const template of templates) {
        for (const [, name] of template.matchAll(/\{([A-Za-z]+)\}/g)) {
          expect(placeholders[field], `${id}.${field}: {${name}}`).toContain(name);
        }
      }
    }
  });
});
