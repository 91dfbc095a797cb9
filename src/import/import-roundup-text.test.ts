import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { roundupMetadataSchema } from '@/schema/roundup-metadata';
import { validateRoundupBody } from '@/schema/validate-roundup-body';
import { importFixtures } from '../../tests/fixtures/import/import-fixtures';
import { importRoundupText, importWarningCodes, maxImportBytes, type ImportResult } from './import-roundup-text';

const fixtureFolder = new URL('../../tests/fixtures/import/', import.meta.url);
/** `UPDATE_IMPORT_FIXTURES=1 npx vitest run src/import` rewrites the expected files; review the diff before keeping it. */
const updating = process.env.UPDATE_IMPORT_FIXTURES === '1';

function readFixture(name: string): string {
  return readFileSync(new URL(`${name}.txt`, fixtureFolder), 'utf8');
}

function importedOk(text: string): Extract<ImportResult, { ok: true }> {
  const result = importRoundupText(text);
  if (!result.ok) throw new Error(`import failed: ${result.error.message}`);
  return result;
}

function textOf(node: JSONContent | undefined): string {
  return (node?.content ?? []).map((child) => child.text ?? '').join('');
}

function briefSummary(body: JSONContent): Array<[string, number, number]> {
  return (body.content ?? []).map((brief) => {
    const [heading, ...items] = brief.content ?? [];
    return [
      textOf(heading),
      items.filter((item) => item.type === 'paragraph').length,
      items.filter((item) => item.type === 'figure').length,
    ];
  });
}

function figuresOf(body: JSONContent): JSONContent[] {
  return (body.content ?? []).flatMap((brief) => (brief.content ?? []).filter((node) => node.type === 'figure'));
}

describe('importRoundupText: the seed page (newsis.com, 광주소식 2017-12-06)', () => {
  const result = importedOk(readFixture('newsis-gwangju-roundup-2017-12-06'));

  it('recovers the metadata the issue lists', () => {
    expect(result.meta).toEqual({
      kicker: '광주소식',
      headline: '광산구, 사회적경제·일자리창출 대상 등',
      region: '광주',
      outlet: '뉴시스',
      houseStyle: 'newsis',
      reporters: [{ name: '신대희', email: '' }],
      registeredAt: '2017-12-06T17:35:58+09:00',
    });
    expect(result.warnings.filter((warning) => warning.code === 'email_obfuscated')).toHaveLength(1);
  });

  it('recovers three briefs of 12, 7 and 4 paragraphs, the last two with one photo each', () => {
    expect(briefSummary(result.body)).toEqual([
      ['광산구, 사회적경제·일자리창출 대상', 12, 0],
      ["광산구 '영유아 수면 코칭사업' 협약식 개최", 7, 1],
      ['북부소방서, 퇴직 소방관 초청 간담회', 4, 1],
    ]);
    expect((result.body.content ?? []).map((brief) => brief.attrs?.id)).toEqual(['b-1', 'b-2', 'b-3']);
  });

  it('turns each caption (printed twice) into one figure with caption and credit, and an empty photo slot', () => {
    const figures = figuresOf(result.body);
    expect(figures.map((figure) => textOf(figure.content?.[1]))).toEqual(['광산구 제공', '광주 북부소방서 제공']);
    expect(textOf(figures[1]?.content?.[0])).toBe(
      '광주 북부소방서는 6일 퇴직 선배 소방관을 초청, 과거 발생한 대형화재 진압 경험을 전수받는 소통의 장을 마련했다고 밝혔다.',
    );
    for (const figure of figures) expect(figure.attrs).toEqual({ photoId: null, alt: '', width: null, height: null });
    expect(result.warnings.filter((warning) => warning.code === 'photo_missing')).toHaveLength(2);
  });

  it('keeps no page chrome, repeated caption or hidden address in the body', () => {
    const bodyText = JSON.stringify(result.body);
    for (const chrome of ['페이스북', '이메일 보내기', '프린터', 'PDF', '많이 본 기사', 'protected', 'photo@newsis.com', '뉴시스】', '◇']) {
      expect(bodyText).not.toContain(chrome);
    }
  });
});

describe.each(importFixtures)('importRoundupText: $name', (fixture) => {
  const expectedFile = new URL(`${fixture.name}.expected.json`, fixtureFolder);
  const result = importRoundupText(readFixture(fixture.name));
  const plain: unknown = JSON.parse(JSON.stringify(result));
  if (updating) writeFileSync(expectedFile, `${JSON.stringify(result, null, 2)}\n`);

  it('equals the checked-in expected result exactly', () => {
    expect(existsSync(expectedFile), `${fixture.name}.expected.json`).toBe(true);
    expect(plain).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });

  it('has the brief structure the fixture list states', () => {
    if (!result.ok) throw new Error(result.error.message);
    expect(briefSummary(result.body)).toEqual(fixture.briefs);
  });

  it('gives a body and metadata the schema accepts', () => {
    if (!result.ok) throw new Error(result.error.message);
    const validation = validateRoundupBody(result.body);
    expect(validation.ok ? [] : validation.issues).toEqual([]);
    expect(roundupMetadataSchema.safeParse(result.meta).error?.issues ?? []).toEqual([]);
  });

  it('raises only listed warning codes, one photo reminder per figure, and a confidence between 0 and 1', () => {
    if (!result.ok) throw new Error(result.error.message);
    for (const warning of result.warnings) expect(importWarningCodes).toContain(warning.code);
    const photoReminders = result.warnings.filter((warning) => warning.code === 'photo_missing');
    expect(photoReminders).toHaveLength(figuresOf(result.body).length);
    expect(result.confidence).toBeGreaterThanOrEqual(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });
});

describe('importRoundupText: what the fixtures single out', () => {
  it('reads each outlet’s dateline into region, outlet, house style and reporters', () => {
    const meta = (name: string) => importedOk(readFixture(name)).meta;
    expect(meta('newsis-square-dateline-jeonnam-2023-11-14')).toMatchObject({ region: '무안', outlet: '뉴시스', houseStyle: 'newsis' });
    expect(meta('newsis-lenticular-wire-jeonbuk-2019-03-21').reporters).toEqual([{ name: '최현수', email: 'chs@newsis.com' }]);
    expect(meta('yonhap-wire-triangle-two-reporters-daegu-2021-09-07')).toMatchObject({
      outlet: '연합뉴스',
      houseStyle: 'yonhap',
      reporters: [
        { name: '김태훈', email: 'thkim@yna.co.kr' },
        { name: '이수진', email: 'sjlee@yna.co.kr' },
      ],
    });
    expect(meta('news1-page-diamond-gwangju-2020-10-29')).toMatchObject({ houseStyle: 'news1', registeredAt: '2020-10-29T16:12:00+09:00' });
    expect(meta('news1-busan-gyeongnam-no-reporter-2024-02-15')).toMatchObject({ region: '부산·경남', outlet: '뉴스1', reporters: [] });
  });

  it('stores decomposed Hangul composed', () => {
    const [, second] = briefSummary(importedOk(readFixture('newsis-wire-crlf-nbsp-gangwon-2020-01-08')).body);
    expect(second?.[0]).toBe('원주시, 치악산 둘레길 안내소 개소'.normalize('NFC'));
    expect(second?.[0]).toHaveLength('원주시, 치악산 둘레길 안내소 개소'.normalize('NFC').length);
  });

  it('says where it guessed: headings without markers, captions between briefs, credits copied into captions', () => {
    const codes = (name: string) => importedOk(readFixture(name)).warnings.map((warning) => warning.code);
    expect(codes('caption-credit-briefs-gwangju-donggu-2023-12-05')).toEqual(
      expect.arrayContaining(['dateline_not_found', 'heading_guessed', 'caption_from_text']),
    );
    expect(codes('news1-mixed-credits-jeonbuk-2022-03-03')).toEqual(expect.arrayContaining(['caption_guessed', 'credit_missing']));
    expect(codes('yonhap-lead-without-marker-ulsan-2021-12-20')).toContain('heading_guessed');
    expect(codes('newsis-square-box-markers-suncheon-2022-08-24')).toEqual(expect.arrayContaining(['title_not_found', 'kicker_guessed']));
  });

  it('is confident where nothing was guessed and less so where much was', () => {
    const confidence = (name: string) => importedOk(readFixture(name)).confidence;
    expect(confidence('newsis-twelve-briefs-gwangju-2018-04-10')).toBe(1);
    expect(confidence('caption-credit-briefs-gwangju-donggu-2023-12-05')).toBeLessThan(0.6);
  });
});

describe('importRoundupText: input it cannot use', () => {
  function timed(text: string): { result: ImportResult; ms: number } {
    const started = performance.now();
    const result = importRoundupText(text);
    return { result, ms: performance.now() - started };
  }

  it('refuses empty and blank text', () => {
    for (const text of ['', '   ', '\n\r\n\t', '\u00a0\u3000\u200b\n']) {
      const { result } = timed(text);
      expect(result).toMatchObject({ ok: false, error: { code: 'empty' } });
    }
  });

  it('refuses text with no recognisable brief, with a message that says what was looked for', () => {
    const prose = [
      '오늘 광주 지역은 대체로 맑겠으며 낮 최고기온은 15도 안팎으로 예상된다고 기상청이 밝혔다.',
      '기상청은 일교차가 크게 벌어지는 만큼 건강 관리에 유의해 달라고 당부했다.',
    ].join('\n\n');
    const { result } = timed(prose);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('no_briefs');
    expect(result.error.message).toMatch(/◇/);
    expect(result.warnings.map((warning) => warning.code)).toContain('dateline_not_found');
  });

  it('refuses 5 MB of text as too large, at once', () => {
    const fiveMegabytes = `${readFixture('newsis-gwangju-roundup-2017-12-06')}\n`.repeat(Math.ceil(5_000_000 / 7_000));
    const { result, ms } = timed(fiveMegabytes);
    expect(result).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(ms).toBeLessThan(50);
  });

  it('counts the limit in UTF-8 bytes: 400 000 Hangul syllables are 1.2 MB', () => {
    expect(maxImportBytes).toBe(1_000_000);
    const { result, ms } = timed('가'.repeat(400_000));
    expect(result).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(ms).toBeLessThan(50);
  });

  it('reads text just under the limit without trouble', () => {
    const seed = readFixture('newsis-gwangju-roundup-2017-12-06');
    const nearlyFull = `${seed}\n${'광주 광산구는 6일 협약을 맺었다고 밝혔다.\n'.repeat(15_000)}`;
    expect(new TextEncoder().encode(nearlyFull).length).toBeLessThan(maxImportBytes);
    const { result, ms } = timed(nearlyFull);
    expect(result.ok).toBe(true);
    expect(ms).toBeLessThan(1_000);
  });

  it('survives a single 1 MB line and lines built to trip the patterns', () => {
    const inputs = [
      '(사진 = '.repeat(100_000),
      `${'['.repeat(300_000)}=`,
      `◇${'가 '.repeat(300_000)}`,
      `${'a@b.co '.repeat(120_000)}`,
      `【광주=뉴시스】${' 기자 ='.repeat(100_000)}`,
    ];
    for (const text of inputs) {
      const { result, ms } = timed(text);
      expect(['empty', 'too_large', 'no_briefs', undefined]).toContain(result.ok ? undefined : result.error.code);
      expect(ms).toBeLessThan(1_000);
    }
  });

  it('refuses HTML instead of text', () => {
    const page = `<!DOCTYPE html><html><head><title>[광주소식]</title></head><body><p>【광주=뉴시스】신대희 기자 = ◇광산구</p></body></html>`;
    expect(timed(page).result).toMatchObject({ ok: false, error: { code: 'html' } });
    const fragment = Array.from({ length: 6 }, (_, index) => `<p>◇제목 ${index}</p><div>본문입니다.</div>`).join('\n');
    expect(timed(fragment).result).toMatchObject({ ok: false, error: { code: 'html' } });
  });

  it('removes a stray tag or entity from copied text, with a warning', () => {
    const text = '【광주=뉴시스】신대희 기자 = ◇광산구, 협약식 개최\n\n광주 광산구는 6일 &quot;아이 키우기&quot; 협약을 맺었다고<br> 밝혔다.';
    const result = importedOk(text);
    expect(briefSummary(result.body)).toEqual([['광산구, 협약식 개최', 1, 0]]);
    expect(textOf(result.body.content?.[0]?.content?.[1])).toBe('광주 광산구는 6일 "아이 키우기" 협약을 맺었다고 밝혔다.');
    expect(result.warnings.map((warning) => warning.code)).toContain('markup_removed');
  });

  it('removes characters the schema cannot store, with a warning', () => {
    const result = importedOk('【광주=뉴시스】신대희 기자 = ◇광산구\u0000 협약\n\n본문\ud800입니다.');
    expect(briefSummary(result.body)).toEqual([['광산구 협약', 1, 0]]);
    expect(validateRoundupBody(result.body).ok).toBe(true);
    expect(result.warnings.map((warning) => warning.code)).toContain('unstorable_text_removed');
  });
});

describe('importWarningCodes', () => {
  it('lists each code once', () => {
    expect(new Set(importWarningCodes).size).toBe(importWarningCodes.length);
    expect(importWarningCodes).toEqual(expect.arrayContaining(['caption_guessed', 'photo_missing', 'email_obfuscated', 'dateline_not_found', 'heading_guessed']));
  });
});
