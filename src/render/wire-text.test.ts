import { describe, expect, it } from 'vitest';
import {
  gwangjuRoundupBody,
  gwangjuRoundupCaptions,
  gwangjuRoundupMetadata,
} from '@/schema/demo/gwangju-roundup';
import type { HouseStyleId } from '@/schema/house-style-id';
import { emptyRoundupMetadata } from '@/schema/roundup-metadata';
import { roundupBuilders as build } from './testing/roundup-builders';
import { normalizeWhitespace, textSimilarity } from './text-similarity';
import { exportWireText } from './wire-text';
import { seedPage, seedStoryText } from '../../tests/fixtures/import/seed-story-text';

const seedInput = { meta: gwangjuRoundupMetadata, body: gwangjuRoundupBody };
const options = { photoUrl: build.photoUrl };

function exportIn(houseStyle: HouseStyleId, outlet: string): string {
  return exportWireText({ meta: { ...gwangjuRoundupMetadata, houseStyle, outlet }, body: gwangjuRoundupBody }, options);
}

describe('exportWireText: Newsis against the page it was modelled on', () => {
  it('reads as the seed story text (≥ 99 % character similarity)', () => {
    const story = seedStoryText(seedPage);
    const wire = exportWireText(seedInput, options);
    const similarity = textSimilarity(wire, story);
    console.info(
      `Newsis wire text vs seed story text: ${(similarity * 100).toFixed(2)} % character similarity ` +
        `(${normalizeWhitespace(wire).length} vs ${normalizeWhitespace(story).length} characters, whitespace normalised)`,
    );
    expect(similarity).toBeGreaterThanOrEqual(0.99);
  });

  it('opens with the dateline running into the first heading and writes each caption once, above its brief', () => {
    const lines = exportWireText(seedInput, options).split('\n\n');
    expect(lines[0]).toBe('【광주=뉴시스】신대희 기자 = ◇광산구, 사회적경제·일자리창출 대상');
    const captionAt = lines.findIndex((line) => line.includes(gwangjuRoundupCaptions.sleepCoaching.caption));
    expect(lines[captionAt]).toBe(
      `【광주=뉴시스】신대희 기자 = ${gwangjuRoundupCaptions.sleepCoaching.caption} 2017.12.06. (사진 = 광산구 제공) photo@newsis.com`,
    );
    expect(lines[captionAt + 1]).toBe("◇광산구 '영유아 수면 코칭사업' 협약식 개최");
    expect(lines.filter((line) => line.includes('photo@newsis.com'))).toHaveLength(2);
    expect(lines.at(-1)).toBe('reporter@newsis.com\n');
  });

  it('is plain text: paragraphs separated by one blank line, no markup, one final newline', () => {
    const wire = exportWireText(seedInput, options);
    expect(wire).not.toMatch(/[<>]|\n{3}|[ \t]\n/);
    expect(wire.endsWith('.\n\nreporter@newsis.com\n')).toBe(true);
  });
});

describe('exportWireText: Yonhap and News1', () => {
  it('Yonhap: round-bracket dateline, photos where the reporter put them, resale notice, (끝)', () => {
    const lines = exportIn('yonhap', '연합뉴스').split('\n\n');
    expect(lines[0]).toBe('(광주=연합뉴스) 신대희 기자 = ◇광산구, 사회적경제·일자리창출 대상');
    const headingAt = lines.indexOf("◇광산구 '영유아 수면 코칭사업' 협약식 개최");
    expect(lines[headingAt + 1]).toBe(
      `(광주=연합뉴스) 신대희 기자 = ${gwangjuRoundupCaptions.sleepCoaching.caption} 2017.12.6 [광산구 제공. 재판매 및 DB 금지] photo@yna.co.kr`,
    );
    expect(lines.slice(-2)).toEqual(['reporter@newsis.com', '(끝)\n']);
  });

  it('News1: its dateline and caption suffix, no closing mark', () => {
    const wire = exportIn('news1', '뉴스1');
    expect(wire.startsWith('(광주=뉴스1) 신대희 기자 = ◇광산구, 사회적경제·일자리창출 대상\n\n')).toBe(true);
    expect(wire).toContain(
      `\n\n(광주=뉴스1) 신대희 기자 = ${gwangjuRoundupCaptions.fireStation.caption} (광주 북부소방서 제공) 2017.12.6/뉴스1\n\n`,
    );
    expect(wire.endsWith('발생한 바 있다.\n\nreporter@newsis.com\n')).toBe(true);
  });
});

describe('exportWireText: drafts and hostile text', () => {
  it('writes nothing for an empty draft and only the story for a half-written one', () => {
    expect(exportWireText({ meta: emptyRoundupMetadata(), body: null }, options)).toBe('');
    const draft = build.doc(
      build.brief('b-1', build.heading(''), build.paragraph(), build.paragraph(build.text('첫 문단'))),
      build.brief('b-2', build.heading('둘째'), build.figure({ photoId: null }, [], '')),
    );
    expect(exportWireText({ meta: emptyRoundupMetadata(), body: draft }, options)).toBe('첫 문단\n\n◇둘째\n');
  });

  it('keeps a caption whose photo is still missing: it is story the reporter wrote', () => {
    const body = build.doc(
      build.brief('b-1', build.heading('첫 소식')),
      build.brief('b-2', build.heading('둘째 소식'), build.figure({ photoId: null }, [build.text('설명')], '구청 제공')),
    );
    expect(exportWireText({ meta: build.meta(), body }, options)).toBe(
      '【광주=뉴시스】신대희 기자 = ◇첫 소식\n\n' +
        '【광주=뉴시스】신대희 기자 = 설명 2017.12.06. (사진 = 구청 제공) photo@newsis.com\n\n' +
        '◇둘째 소식\n\nreporter@newsis.com\n',
    );
  });

  it('keeps markup as text, turns line breaks inside a paragraph into spaces and drops control characters', () => {
    const body = build.doc(
      build.brief(
        'b-1',
        build.heading('<script>alert(1)</script>'),
        build.paragraph(build.text('A & B "인용" \'작은\'\n둘째 줄\r\n셋째\u2028넷째\u0007\u001b[31m\u0000끝\u0085')),
        build.paragraph(build.text('링크', [{ type: 'link', attrs: { href: 'https://example.kr/' } }])),
      ),
    );
    expect(exportWireText({ meta: build.meta(), body }, options)).toBe(
      '【광주=뉴시스】신대희 기자 = ◇<script>alert(1)</script>\n\n' +
        'A & B "인용" \'작은\' 둘째 줄  셋째 넷째[31m끝\n\n' +
        '링크\n\nreporter@newsis.com\n',
    );
  });
});
