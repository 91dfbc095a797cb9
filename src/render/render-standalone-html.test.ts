// @vitest-environment jsdom
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { gwangjuRoundupBody, gwangjuRoundupMetadata } from '@/schema/demo/gwangju-roundup';
import { emptyRoundupMetadata } from '@/schema/roundup-metadata';
import { articleStylesheet } from './article-stylesheet';
import { layoutRoundup } from './layout-roundup';
import { renderStandaloneHtml, standaloneContentSecurityPolicy } from './render-standalone-html';
import { RoundupArticle } from './roundup-article';
import { roundupBuilders as build } from './testing/roundup-builders';

const seedInput = { meta: gwangjuRoundupMetadata, body: gwangjuRoundupBody };
const options = { photoUrl: build.photoUrl };

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Each piece must be found after the previous one. */
function expectInOrder(text: string, pieces: readonly string[]): void {
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    expect(at, `"${piece}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + piece.length;
  }
}

describe('renderStandaloneHtml', () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalZone;
  });

  it('is a complete Korean document with a strict CSP and no script', () => {
    const html = renderStandaloneHtml(seedInput, options);
    expect(html.startsWith('<!doctype html>\n<html lang="ko">')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    const document = parse(html);
    expect(document.documentElement.lang).toBe('ko');
    expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(policy).toBe(standaloneContentSecurityPolicy);
    expect(policy).toContain("default-src 'none'; img-src 'self' data: https: http:; style-src 'unsafe-inline'");
    expect(document.title).toBe('[광주소식]광산구, 사회적경제·일자리창출 대상 등');
    expect(document.querySelector('style')?.textContent).toContain(articleStylesheet);
    expect(document.querySelectorAll('script, iframe, object, embed, link, base, form')).toHaveLength(0);
  });

  it('reproduces the published page in order, in Korea time on any machine', () => {
    process.env.TZ = 'America/New_York';
    const text = parse(renderStandaloneHtml(seedInput, options)).body.textContent ?? '';
    expectInOrder(text, [
      '[광주소식]',
      '광산구, 사회적경제·일자리창출 대상 등',
      '등록 2017.12.06 17:35:58',
      '【광주=뉴시스】신대희 기자 = ◇광산구, 사회적경제·일자리창출 대상',
      "광주 광산구는 6일 보건복지부의 '2017년 지역 복지사업 평가'에서",
      '【광주=뉴시스】신대희 기자 = 광주 광산구는 6일 영유아 수면 코칭사업 협약을 맺고',
      '사회적협동조합이다. 2017.12.06. (사진 = 광산구 제공) photo@newsis.com',
      "◇광산구 '영유아 수면 코칭사업' 협약식 개최",
      '【광주=뉴시스】신대희 기자 = 광주 북부소방서는 6일 퇴직 선배 소방관을 초청',
      '2017.12.06. (사진 = 광주 북부소방서 제공) photo@newsis.com',
      '◇북부소방서, 퇴직 소방관 초청 간담회',
      '종종 발생한 바 있다.',
      'reporter@newsis.com',
    ]);
    expect(text.trim().endsWith('reporter@newsis.com')).toBe(true);
  });

  it('contains exactly the markup the preview renders', () => {
    const layout = layoutRoundup(seedInput, options);
    const article = renderToStaticMarkup(createElement(RoundupArticle, { layout }));
    expect(renderStandaloneHtml(seedInput, options)).toContain(`<body>\n${article}\n</body>`);
  });

  it('escapes the title and falls back when there is none', () => {
    const html = renderStandaloneHtml(
      { meta: build.meta({ kicker: '</title><script>', headline: '"&\'' }), body: gwangjuRoundupBody },
      options,
    );
    expect(html).toContain('<title>[&lt;/title&gt;&lt;script&gt;]&quot;&amp;&#39;</title>');
    expect(parse(html).title).toBe('[</title><script>]"&\'');
    expect(parse(renderStandaloneHtml({ meta: emptyRoundupMetadata(), body: undefined }, options)).title).toBe('제목 없음');
  });

  it('exports an empty draft without throwing', () => {
    const html = renderStandaloneHtml(
      { meta: emptyRoundupMetadata(), body: build.doc(build.brief(null, build.heading(''), build.paragraph())) },
      options,
    );
    expect(parse(html).querySelector('article h1')).not.toBeNull();
  });
});
