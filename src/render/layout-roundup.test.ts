import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  gwangjuRoundupBody,
  gwangjuRoundupBriefTexts,
  gwangjuRoundupMetadata,
  gwangjuRoundupPhotoIds,
} from '@/schema/demo/gwangju-roundup';
import { emptyRoundupMetadata } from '@/schema/roundup-metadata';
import type { ArticleLayout, BriefBlock, FigureBlock } from './article-layout';
import { layoutRoundup } from './layout-roundup';
import { roundupBuilders as build } from './testing/roundup-builders';

/** The caption lines exactly as newsis.com printed them on 2017-12-06. */
const seedCaptionLines = [
  '【광주=뉴시스】신대희 기자 = 광주 광산구는 6일 영유아 수면 코칭사업 협약을 맺고 수면 코치 양성에 착수했다고 밝혔다. 구와 협약한 단체는 공익활동지원센터, 아기잠연구소, 더블유여성병원, 광주빛고을여성병원, 광산수완미래아동병원, 아이퍼스트 아동병원, 북구 미래아동병원, 대한사회복지회 편한집, 비투코리아, 광주어깨동무공동육아 사회적협동조합이다. 2017.12.06. (사진 = 광산구 제공) photo@newsis.com',
  '【광주=뉴시스】신대희 기자 = 광주 북부소방서는 6일 퇴직 선배 소방관을 초청, 과거 발생한 대형화재 진압 경험을 전수받는 소통의 장을 마련했다고 밝혔다. 2017.12.06. (사진 = 광주 북부소방서 제공) photo@newsis.com',
];

function seedLayout(): ArticleLayout {
  return layoutRoundup({ meta: gwangjuRoundupMetadata, body: gwangjuRoundupBody }, { photoUrl: build.photoUrl });
}

function kinds(blocks: readonly BriefBlock[]): string[] {
  return blocks.map((block) => block.kind);
}

function figures(layout: ArticleLayout): FigureBlock[] {
  return layout.briefs.flatMap((brief) => brief.blocks.filter((block): block is FigureBlock => block.kind === 'figure'));
}

describe('layoutRoundup: the model Newsis roundup', () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalZone;
  });

  it.each(['Asia/Seoul', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'])(
    'prints 등록 in Korea time on a machine set to %s',
    (zone) => {
      process.env.TZ = zone;
      expect(seedLayout().registered).toEqual({
        label: '등록',
        text: '2017.12.06 17:35:58',
        isoDateTime: '2017-12-06T17:35:58+09:00',
      });
    },
  );

  it('lays out kicker, headline, dateline and the e-mail line', () => {
    const layout = seedLayout();
    expect(layout.kickerLabel).toBe('[광주소식]');
    expect(layout.headline).toBe('광산구, 사회적경제·일자리창출 대상 등');
    expect(layout.title).toBe('[광주소식]광산구, 사회적경제·일자리창출 대상 등');
    expect(layout.dateline).toBe('【광주=뉴시스】신대희 기자 =');
    expect(layout.updated).toBeNull();
    expect(layout.closing).toEqual({ emails: ['reporter@newsis.com'], text: 'reporter@newsis.com', closingMark: null });
  });

  it('puts each photo above its brief heading and the dateline on the first heading', () => {
    const layout = seedLayout();
    expect(layout.briefs.map((brief) => brief.briefId)).toEqual(['b-welfare-award', 'b-sleep-coaching', 'b-fire-station']);
    const [welfare, sleep, fire] = layout.briefs;
    expect(kinds(welfare!.blocks)).toEqual(['heading', ...gwangjuRoundupBriefTexts[0].paragraphs.map(() => 'paragraph')]);
    expect(kinds(sleep!.blocks)).toEqual(['figure', 'heading', ...gwangjuRoundupBriefTexts[1].paragraphs.map(() => 'paragraph')]);
    expect(kinds(fire!.blocks)).toEqual(['figure', 'heading', ...gwangjuRoundupBriefTexts[2].paragraphs.map(() => 'paragraph')]);

    const headings = layout.briefs.flatMap((brief) => brief.blocks.filter((block) => block.kind === 'heading'));
    expect(headings).toEqual([
      { kind: 'heading', marker: '◇', text: '광산구, 사회적경제·일자리창출 대상', dateline: '【광주=뉴시스】신대희 기자 =' },
      { kind: 'heading', marker: '◇', text: "광산구 '영유아 수면 코칭사업' 협약식 개최", dateline: null },
      { kind: 'heading', marker: '◇', text: '북부소방서, 퇴직 소방관 초청 간담회', dateline: null },
    ]);
  });

  it('builds the caption lines exactly as the published page', () => {
    const [sleep, fire] = figures(seedLayout());
    expect(sleep!.captionLine).toBe(seedCaptionLines[0]);
    expect(fire!.captionLine).toBe(seedCaptionLines[1]);
    expect(sleep).toMatchObject({
      photoId: gwangjuRoundupPhotoIds.sleepCoaching,
      src: build.photoUrl(gwangjuRoundupPhotoIds.sleepCoaching),
      width: 960,
      height: 640,
      credit: '광산구 제공',
      captionLead: '【광주=뉴시스】신대희 기자 = ',
      captionTrail: ' 2017.12.06. (사진 = 광산구 제공) photo@newsis.com',
    });
    expect(sleep!.alt).toContain('영유아 수면 코칭사업 협약식');
  });

  it('keeps paragraph text exactly as written', () => {
    const paragraphs = seedLayout()
      .briefs.flatMap((brief) => brief.blocks)
      .flatMap((block) => (block.kind === 'paragraph' ? [block.runs.map((run) => run.text).join('')] : []));
    expect(paragraphs).toEqual(gwangjuRoundupBriefTexts.flatMap((brief) => [...brief.paragraphs]));
  });
});

describe('layoutRoundup: metadata', () => {
  const body = build.doc(build.brief('b-1', build.heading('제목'), build.paragraph(build.text('본문'))));

  it('adds a 수정 line only when the roundup changed after it was registered', () => {
    const meta = build.meta();
    expect(layoutRoundup({ meta, body, updatedAt: '2017-12-07T00:00:00Z' }, { photoUrl: build.photoUrl }).updated).toEqual({
      label: '수정',
      text: '2017.12.07 09:00:00',
      isoDateTime: '2017-12-07T09:00:00+09:00',
    });
    for (const updatedAt of ['2017-12-06T17:35:58.400+09:00', '2017-12-06T10:00:00+09:00', null, undefined]) {
      expect(layoutRoundup({ meta, body, updatedAt }, { photoUrl: build.photoUrl }).updated).toBeNull();
    }
    const unregistered = build.meta({ registeredAt: null });
    const layout = layoutRoundup({ meta: unregistered, body, updatedAt: '2017-12-07T00:00:00Z' }, { photoUrl: build.photoUrl });
    expect(layout.registered).toBeNull();
    expect(layout.updated).toBeNull();
  });

  it('names several reporters in the dateline and lists every e-mail that is filled in', () => {
    const meta = build.meta({
      reporters: [
        { name: '신대희', email: 'sdh@newsis.com' },
        { name: '홍길동', email: '' },
        { name: '김기자', email: 'kim@newsis.com' },
      ],
    });
    const layout = layoutRoundup({ meta, body }, { photoUrl: build.photoUrl });
    expect(layout.dateline).toBe('【광주=뉴시스】신대희·홍길동·김기자 기자 =');
    expect(layout.closing?.text).toBe('sdh@newsis.com kim@newsis.com');
  });

  it('keeps the bracket alone when there is no reporter, and prints no e-mail line', () => {
    const layout = layoutRoundup({ meta: build.meta({ reporters: [] }), body }, { photoUrl: build.photoUrl });
    expect(layout.dateline).toBe('【광주=뉴시스】');
    expect(layout.closing).toBeNull();
  });

  it('takes the outlet from the outlet field, and the style default when it is empty', () => {
    expect(layoutRoundup({ meta: build.meta({ outlet: '뉴시스통신' }), body }, { photoUrl: build.photoUrl }).dateline).toBe(
      '【광주=뉴시스통신】신대희 기자 =',
    );
    expect(layoutRoundup({ meta: build.meta({ outlet: ' ' }), body }, { photoUrl: build.photoUrl }).dateline).toBe(
      '【광주=뉴시스】신대희 기자 =',
    );
  });

  it('drops the kicker brackets when there is no kicker', () => {
    const layout = layoutRoundup({ meta: build.meta({ kicker: '' }), body }, { photoUrl: build.photoUrl });
    expect(layout.kickerLabel).toBe('');
    expect(layout.title).toBe('광산구, 사회적경제·일자리창출 대상 등');
  });
});

describe('layoutRoundup: figures', () => {
  const meta = build.meta();

  function layoutFigure(figure: ReturnType<typeof build.figure>, photoUrl: (id: string) => string | null = build.photoUrl) {
    const layout = layoutRoundup({ meta, body: build.doc(build.brief('b-1', build.heading('제목'), figure)) }, { photoUrl });
    return figures(layout)[0]!;
  }

  it('leaves the credit out of the caption line when the credit is empty', () => {
    const figure = layoutFigure(build.figure({ photoId: 'p1' }, [build.text('캡션이다.')], ''));
    expect(figure.captionLine).toBe('【광주=뉴시스】신대희 기자 = 캡션이다. 2017.12.06. photo@newsis.com');
  });

  it('keeps caption marks and makes the parts add up to the caption line', () => {
    const figure = layoutFigure(
      build.figure({ photoId: 'p1' }, [build.text('굵은', [{ type: 'bold' }]), build.text(' 캡션')], '광산구 제공'),
    );
    expect(figure.captionRuns).toEqual([
      { text: '굵은', bold: true, italic: false, href: null },
      { text: ' 캡션', bold: false, italic: false, href: null },
    ]);
    expect(figure.captionLead + '굵은 캡션' + figure.captionTrail).toBe(figure.captionLine);
  });

  it('has no src for a figure without a photo, with an unknown photo or with an unsafe URL', () => {
    expect(layoutFigure(build.figure({ photoId: null }, [], '')).src).toBeNull();
    expect(layoutFigure(build.figure({ photoId: 'p1' }, [], ''), () => null).src).toBeNull();
    expect(layoutFigure(build.figure({ photoId: 'p1' }, [], ''), () => 'javascript:alert(1)').src).toBeNull();
    expect(layoutFigure(build.figure({ photoId: 'p1' }, [], ''), () => 'data:text/html,<script>1</script>').src).toBeNull();
  });

  it('never asks for a photo id that is not a valid id', () => {
    const photoUrl = vi.fn(build.photoUrl);
    const figure = layoutFigure(build.figure({ photoId: '../../etc/passwd' }, [], ''), photoUrl);
    expect(photoUrl).not.toHaveBeenCalled();
    expect(figure.photoId).toBeNull();
  });

  it('prints a caption with only the house parts when caption and date are missing', () => {
    const layout = layoutRoundup(
      {
        meta: build.meta({ registeredAt: null }),
        body: build.doc(build.brief('b-1', build.heading('제목'), build.figure({ photoId: 'p1' }, [], '광산구 제공'))),
      },
      { photoUrl: build.photoUrl },
    );
    expect(figures(layout)[0]!.captionLine).toBe('【광주=뉴시스】신대희 기자 = (사진 = 광산구 제공) photo@newsis.com');
  });
});

describe('layoutRoundup: body', () => {
  it('keeps allowed links and turns refused ones into plain text', () => {
    const body = build.doc(
      build.brief(
        'b-1',
        build.heading('제목'),
        build.paragraph(
          build.text('좋은 링크', [{ type: 'link', attrs: { href: 'https://www.gwangsan.go.kr' } }]),
          build.text(' 나쁜 링크', [{ type: 'link', attrs: { href: 'javascript:alert(document.cookie)' } }]),
        ),
      ),
    );
    const paragraph = layoutRoundup({ meta: build.meta(), body }, { photoUrl: build.photoUrl }).briefs[0]!.blocks[1];
    expect(paragraph).toEqual({
      kind: 'paragraph',
      runs: [
        { text: '좋은 링크', bold: false, italic: false, href: 'https://www.gwangsan.go.kr/' },
        { text: ' 나쁜 링크', bold: false, italic: false, href: null },
      ],
    });
  });

  it('gives every brief a unique element id, even without an id or with a repeated one', () => {
    const body = build.doc(
      build.brief('same', build.heading('하나')),
      build.brief('same', build.heading('둘')),
      build.brief(null, build.heading('셋')),
      build.brief('has spaces"><b>', build.heading('넷')),
    );
    const layout = layoutRoundup({ meta: build.meta(), body }, { photoUrl: build.photoUrl, idPrefix: 'preview' });
    expect(layout.briefs.map((brief) => brief.titleElementId)).toEqual([
      'preview-brief-same',
      'preview-brief-same-2',
      'preview-brief-3',
      'preview-brief-4',
    ]);
    expect(layout.briefs.map((brief) => brief.briefId)).toEqual(['same', 'same', '', 'has spaces"><b>']);
  });
});

describe('layoutRoundup: unfinished drafts', () => {
  const originalZone = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'UTC';
  });
  afterEach(() => {
    process.env.TZ = originalZone;
  });

  const drafts: [string, unknown][] = [
    ['no body', undefined],
    ['null body', null],
    ['an empty object', {}],
    ['a doc without content', { type: 'doc' }],
    ['a brief without content', { type: 'doc', content: [{ type: 'brief' }] }],
    ['a new brief from the editor', build.doc(build.brief(null, build.heading(''), build.paragraph()))],
    ['a figure without children', build.doc(build.brief('b', build.heading('h'), { type: 'figure' }))],
    ['a figure with junk attributes', build.doc(build.brief('b', { type: 'figure', attrs: { photoId: 7, width: -1, alt: {} } }))],
    ['content that is not a list', { type: 'doc', content: { type: 'brief' } }],
    ['nodes of unknown types', { type: 'doc', content: [{ type: 'table' }, 'text', 3, [null]] }],
    ['text nodes without text', build.doc(build.brief('b', { type: 'briefHeading', content: [{ type: 'text' }] }))],
  ];

  it.each(drafts)('lays out %s without throwing', (_name, body) => {
    expect(() => layoutRoundup({ meta: emptyRoundupMetadata(), body }, { photoUrl: build.photoUrl })).not.toThrow();
    expect(() => layoutRoundup({ meta: build.meta(), body }, { photoUrl: build.photoUrl })).not.toThrow();
  });

  it('lays out a brand-new roundup as an empty article', () => {
    const layout = layoutRoundup(
      { meta: emptyRoundupMetadata(), body: build.doc(build.brief(null, build.heading(''), build.paragraph())) },
      { photoUrl: build.photoUrl },
    );
    expect(layout).toEqual({
      houseStyleId: 'newsis',
      kickerLabel: '',
      headline: '',
      title: '',
      registered: null,
      updated: null,
      dateline: '',
      briefs: [
        {
          briefId: '',
          titleElementId: 'bureau-article-brief-1',
          blocks: [{ kind: 'heading', marker: '◇', text: '', dateline: null }],
        },
      ],
      closing: null,
    });
  });

  it('ignores a registration time that is still being typed', () => {
    const layout = layoutRoundup(
      { meta: build.meta({ registeredAt: '2017-12-0' }), body: undefined },
      { photoUrl: build.photoUrl },
    );
    expect(layout.registered).toBeNull();
  });
});
