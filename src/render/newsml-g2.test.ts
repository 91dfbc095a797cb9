// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryPages, validateXML } from 'xmllint-wasm';
import { z } from 'zod';
import payloadFixture from '../../tests/fixtures/security/dompurify-payloads.json';
import { gwangjuRoundupBody, gwangjuRoundupCaptions, gwangjuRoundupMetadata } from '@/schema/demo/gwangju-roundup';
import { emptyRoundupMetadata } from '@/schema/roundup-metadata';
import type { RoundupExportOptions } from './export-options';
import { exportNewsMlG2 } from './newsml-g2';
import { printableText } from './printable-text';
import { roundupBuilders as build } from './testing/roundup-builders';

const standards = join(import.meta.dirname, '../../tests/fixtures/standards/newsml-g2/');
const schemaFile = `${standards}NewsML-G2_2.35-spec-All-Power.xsd`;
const nar = 'http://iptc.org/std/nar/2006-10-01/';
const xhtml = 'http://www.w3.org/1999/xhtml';

interface SchemaCheck {
  readonly valid: boolean;
  readonly messages: readonly string[];
}

const schema = { fileName: 'NewsML-G2_2.35-spec-All-Power.xsd', contents: readFileSync(schemaFile, 'utf8') };
const xmlNamespaceSchema = { fileName: 'xml.xsd', contents: readFileSync(`${standards}xml.xsd`, 'utf8') };

/**
 * IPTC's XML Schema with libxml2's xmllint compiled to WebAssembly (the npm package xmllint-wasm), so no system
 * package is needed. It runs offline: the XSD imports `xml.xsd` by a relative path, which resolves to the copy
 * preloaded beside it in the in-memory file system, and `--nonet` forbids any download.
 */
async function checkAgainstNewsMlG2Schema(xml: string): Promise<SchemaCheck> {
  const result = await validateXML({
    xml: [{ fileName: 'item.xml', contents: xml }],
    schema: [schema],
    preload: [xmlNamespaceSchema],
    maxMemoryPages: 256 * memoryPages.MiB,
    modifyArguments: (args) => ['--nonet', ...args],
  });
  return { valid: result.valid, messages: result.errors.map((error) => error.message) };
}

async function expectValid(xml: string): Promise<void> {
  const check = await checkAgainstNewsMlG2Schema(xml);
  expect(check.messages, 'schema errors').toEqual([]);
  expect(check.valid).toBe(true);
}

function parseXml(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

function texts(document: Document, namespace: string, name: string): string[] {
  return [...document.getElementsByTagNameNS(namespace, name)].map((element) => element.textContent ?? '');
}

const options: RoundupExportOptions = {
  photoUrl: build.photoUrl,
  itemUri: 'urn:bureau:roundup:r-gwangju-2017-12-06',
  version: 3,
};
const seedInput = { meta: gwangjuRoundupMetadata, body: gwangjuRoundupBody };

describe("the validator: libxml2 (xmllint-wasm) with IPTC's NewsML-G2 2.35 schema", () => {
  it("accepts IPTC's examples and rejects IPTC's should_fail files", async () => {
    const examples = readdirSync(`${standards}examples`).filter((name) => name.endsWith('.xml'));
    const shouldFail = readdirSync(`${standards}examples/should_fail`).filter((name) => name.endsWith('.xml'));
    expect(examples.length).toBeGreaterThanOrEqual(4);
    expect(shouldFail.length).toBeGreaterThanOrEqual(2);
    for (const name of examples) {
      const check = await checkAgainstNewsMlG2Schema(readFileSync(`${standards}examples/${name}`, 'utf8'));
      expect(check, name).toEqual({ valid: true, messages: [] });
    }
    for (const name of shouldFail) {
      const check = await checkAgainstNewsMlG2Schema(readFileSync(`${standards}examples/should_fail/${name}`, 'utf8'));
      expect(check.valid, name).toBe(false);
      expect(check.messages.join('\n'), name).toMatch(/Schemas validity error/);
    }
  });

  it('rejects our own newsItem without a required element, or with its elements out of order', async () => {
    const xml = exportNewsMlG2(seedInput, options);
    const itemClass = '<itemClass qcode="ninat:text"/>';
    expect(xml).toContain(itemClass);
    const missing = await checkAgainstNewsMlG2Schema(xml.replace(itemClass, ''));
    expect(missing.valid).toBe(false);
    expect(missing.messages.join('\n')).toMatch(/Element '\{http:\/\/iptc\.org\/std\/nar\/2006-10-01\/\}provider': This element is not expected\. Expected is .*itemClass/);

    const provider = /<provider [^>]*>.*?<\/provider>/.exec(xml)?.[0] ?? '';
    expect(provider).not.toBe('');
    const swapped = xml.replace(itemClass, '\u0000').replace(provider, itemClass).replace('\u0000', provider);
    const outOfOrder = await checkAgainstNewsMlG2Schema(swapped);
    expect(outOfOrder.valid).toBe(false);
    expect(outOfOrder.messages.join('\n')).toMatch(/This element is not expected/);
  });
});

describe('exportNewsMlG2: the model roundup', () => {
  const xml = exportNewsMlG2(seedInput, options);

  it('is a newsItem valid against the NewsML-G2 2.35 schema', async () => {
    expect(xml.startsWith(`<?xml version="1.0" encoding="UTF-8"?>\n<newsItem xmlns="${nar}"`)).toBe(true);
    await expectValid(xml);
  });

  it('identifies the item and carries itemMeta: ninat:text, provider, times, pubStatus', () => {
    const item = parseXml(xml).documentElement;
    expect(item.localName).toBe('newsItem');
    expect(item.getAttribute('guid')).toBe('urn:bureau:roundup:r-gwangju-2017-12-06');
    expect(item.getAttribute('version')).toBe('3');
    expect(item.getAttribute('standardversion')).toBe('2.35');
    expect(item.getAttribute('xml:lang')).toBe('ko');
    const document = item.ownerDocument;
    expect(document.getElementsByTagNameNS(nar, 'itemClass')[0]?.getAttribute('qcode')).toBe('ninat:text');
    expect(document.getElementsByTagNameNS(nar, 'provider')[0]?.getAttribute('literal')).toBe('뉴시스');
    expect(texts(document, nar, 'versionCreated')).toEqual(['2017-12-06T17:35:58+09:00']);
    expect(texts(document, nar, 'firstCreated')).toEqual(['2017-12-06T17:35:58+09:00']);
    expect(document.getElementsByTagNameNS(nar, 'pubStatus')[0]?.getAttribute('qcode')).toBe('stat:usable');
  });

  it('describes the content: reporters, kicker, headline, dateline, by, region, Korean', () => {
    const document = parseXml(xml);
    expect(texts(document, nar, 'creator')).toEqual(['신대희reporter@newsis.com']);
    expect(texts(document, nar, 'slugline')).toEqual(['광주소식']);
    expect(texts(document, nar, 'headline')).toEqual(['광산구, 사회적경제·일자리창출 대상 등']);
    expect(texts(document, nar, 'dateline')).toEqual(['【광주=뉴시스】신대희 기자 =']);
    expect(texts(document, nar, 'by')).toEqual(['신대희 기자']);
    expect(texts(document, nar, 'located')).toEqual(['광주']);
    expect(document.getElementsByTagNameNS(nar, 'language')[0]?.getAttribute('tag')).toBe('ko');
  });

  it('holds the body as XHTML: h2 headings, paragraphs, figures with caption and credit', () => {
    const document = parseXml(xml);
    const inline = document.getElementsByTagNameNS(nar, 'inlineXML')[0]!;
    expect(inline.getAttribute('contenttype')).toBe('application/xhtml+xml');
    expect(inline.firstElementChild?.namespaceURI).toBe(xhtml);
    expect(texts(document, xhtml, 'h2')).toEqual([
      '◇광산구, 사회적경제·일자리창출 대상',
      "◇광산구 '영유아 수면 코칭사업' 협약식 개최",
      '◇북부소방서, 퇴직 소방관 초청 간담회',
    ]);
    expect(document.getElementsByTagNameNS(xhtml, 'p')[1]?.textContent).toBe(
      "광주 광산구는 6일 보건복지부의 '2017년 지역 복지사업 평가'에서 사회적경제 및 사회서비스 일자리창출 부문 대상을 받았다고 밝혔다.",
    );
    const figure = document.getElementsByTagNameNS(xhtml, 'figure')[0]!;
    expect(figure.getElementsByTagNameNS(xhtml, 'img')[0]?.getAttribute('src')).toBe(
      'https://photos.example.kr/demo-sleep-coaching.jpg',
    );
    expect(figure.getElementsByTagNameNS(xhtml, 'figcaption')[0]?.textContent).toBe(
      `${gwangjuRoundupCaptions.sleepCoaching.caption} ${gwangjuRoundupCaptions.sleepCoaching.credit}`,
    );
    expect(texts(document, xhtml, 'p').at(-1)).toBe('reporter@newsis.com');
  });

  it('links one remoteContent per photo, with caption and credit in a partMeta that points at it', () => {
    const document = parseXml(xml);
    const remote = [...document.getElementsByTagNameNS(nar, 'remoteContent')];
    expect(remote.map((element) => [element.getAttribute('id'), element.getAttribute('href')])).toEqual([
      ['photo-1', 'https://photos.example.kr/demo-sleep-coaching.jpg'],
      ['photo-2', 'https://photos.example.kr/demo-fire-station.jpg'],
    ]);
    const parts = [...document.getElementsByTagNameNS(nar, 'partMeta')];
    expect(parts.map((part) => part.getAttribute('contentrefs'))).toEqual(['photo-1', 'photo-2']);
    expect(texts(document, nar, 'creditline')).toEqual(['광산구 제공', '광주 북부소방서 제공']);
    expect(texts(document, nar, 'description')).toEqual([
      gwangjuRoundupCaptions.sleepCoaching.caption,
      gwangjuRoundupCaptions.fireStation.caption,
    ]);
  });
});

describe('exportNewsMlG2: photos, drafts, other houses', () => {
  it('skips figures without a photo or without a URL a receiver can fetch, and resolves paths against baseUrl', async () => {
    const body = build.doc(
      build.brief(
        'b-1',
        build.heading('사진들'),
        build.figure({ photoId: null }, [build.text('사진 없는 설명')], '구청 제공'),
        build.figure({ photoId: 'p-relative' }, [build.text('상대 경로')], ''),
        build.figure({ photoId: 'p-blob' }, [], ''),
        build.figure({ photoId: 'p-script' }, [], ''),
      ),
    );
    const urls = new Map([
      ['p-relative', '/api/photos/p-relative/w960'],
      ['p-blob', 'blob:https://bureau.example/1'],
      ['p-script', 'javascript:alert(1)'],
    ]);
    const photoUrl = (id: string) => urls.get(id) ?? null;
    const input = { meta: build.meta(), body };

    const withoutBase = parseXml(exportNewsMlG2(input, { ...options, photoUrl }));
    expect(withoutBase.getElementsByTagNameNS(nar, 'remoteContent')).toHaveLength(0);
    expect(withoutBase.getElementsByTagNameNS(xhtml, 'img')).toHaveLength(0);
    expect(texts(withoutBase, xhtml, 'figcaption')).toEqual(['사진 없는 설명 구청 제공', '상대 경로']);

    const xml = exportNewsMlG2(input, { ...options, photoUrl, baseUrl: 'https://bureau.example' });
    await expectValid(xml);
    const withBase = parseXml(xml);
    const hrefs = [...withBase.getElementsByTagNameNS(nar, 'remoteContent')].map((element) => element.getAttribute('href'));
    expect(hrefs).toEqual(['https://bureau.example/api/photos/p-relative/w960']);
  });

  it('exports an empty draft as a valid item, its time the moment of export', async () => {
    const xml = exportNewsMlG2(
      { meta: emptyRoundupMetadata(), body: null },
      { ...options, version: undefined, now: new Date('2026-03-01T00:00:00Z') },
    );
    await expectValid(xml);
    const document = parseXml(xml);
    expect(document.documentElement.getAttribute('version')).toBe('1');
    expect(texts(document, nar, 'versionCreated')).toEqual(['2026-03-01T09:00:00+09:00']);
    expect(document.getElementsByTagNameNS(nar, 'firstCreated')).toHaveLength(0);
    expect(document.getElementsByTagNameNS(nar, 'headline')).toHaveLength(0);
  });

  it('uses the later of 등록 and 수정 as the version time', () => {
    const xml = exportNewsMlG2({ ...seedInput, updatedAt: '2017-12-06T10:00:00Z' }, options);
    expect(texts(parseXml(xml), nar, 'versionCreated')).toEqual(['2017-12-06T19:00:00+09:00']);
  });

  it('writes Yonhap with its dateline, in-flow photos and (끝)', async () => {
    const meta = { ...gwangjuRoundupMetadata, houseStyle: 'yonhap' as const, outlet: '연합뉴스' };
    const xml = exportNewsMlG2({ meta, body: gwangjuRoundupBody }, options);
    await expectValid(xml);
    const document = parseXml(xml);
    expect(texts(document, nar, 'dateline')).toEqual(['(광주=연합뉴스) 신대희 기자 =']);
    expect(texts(document, xhtml, 'p').at(-1)).toBe('(끝)');
    const second = document.getElementsByTagNameNS(xhtml, 'section')[1]!;
    expect([...second.children].slice(0, 2).map((element) => element.localName)).toEqual(['h2', 'figure']);
  });

  it('refuses an item URI that cannot identify the item', () => {
    for (const itemUri of ['', 'roundup 1', '광주-1', 'urn:bureau:roundup:한글']) {
      expect(() => exportNewsMlG2(seedInput, { ...options, itemUri })).toThrow(RangeError);
    }
    expect(() => exportNewsMlG2(seedInput, { ...options, version: 0 })).toThrow(RangeError);
  });
});

describe('exportNewsMlG2: hostile text', () => {
  const hostile =
    '<script>alert("x")</script> & \'quotes\' "double" ]]> <!-- --> \u0000\u0001\u0007\u000b\u001b\u007f\u0085\ufffe\ud800 끝';

  it('escapes markup and drops characters XML cannot carry, in metadata, body, captions and URLs', async () => {
    const xml = exportNewsMlG2(
      {
        meta: build.meta({
          kicker: hostile,
          headline: hostile,
          region: hostile,
          outlet: hostile,
          reporters: [{ name: hostile, email: 'a&b@example.kr' }],
        }),
        body: build.doc(
          build.brief(
            hostile,
            build.heading(hostile),
            build.paragraph(
              build.text(hostile, [{ type: 'bold' }]),
              build.text('링크', [{ type: 'link', attrs: { href: 'https://example.kr/?a=1&b="2"<' } }]),
            ),
            build.figure({ photoId: 'p1', alt: hostile }, [build.text(hostile)], hostile),
          ),
        ),
      },
      { ...options, photoUrl: () => 'https://photos.example.kr/a"b<c>&d.jpg' },
    );
    expect(xml).not.toMatch(/<script/i);
    // eslint-disable-next-line no-control-regex -- the point is that none survive
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\ud800]/);
    await expectValid(xml);

    const document = parseXml(xml);
    const expected = printableText(hostile).trim();
    expect(texts(document, nar, 'headline')).toEqual([expected]);
    expect(texts(document, xhtml, 'h2')).toEqual([`◇${expected}`]);
    expect(document.getElementsByTagNameNS(xhtml, 'strong')[0]?.textContent).toBe(printableText(hostile));
    expect(document.getElementsByTagNameNS(xhtml, 'a')[0]?.getAttribute('href')).toBe('https://example.kr/?a=1&b=%222%22%3C');
    expect(document.getElementsByTagNameNS(nar, 'remoteContent')[0]?.getAttribute('href')).toBe(
      'https://photos.example.kr/a%22b%3Cc%3E&d.jpg',
    );
    expect(document.getElementsByTagNameNS(xhtml, 'script')).toHaveLength(0);
  });

  it("stays valid with every one of DOMPurify's payloads as heading, text, link, alt, caption and credit", async () => {
    const payloads = z.array(z.object({ payload: z.string() })).min(200).parse(payloadFixture);
    const briefs = payloads.map(({ payload }, index) =>
      build.brief(
        `b-${index}`,
        build.heading(payload),
        build.paragraph(build.text(payload), build.text('링크', [{ type: 'link', attrs: { href: payload } }])),
        build.figure({ photoId: `p${index}`, alt: payload }, [build.text(payload)], payload),
      ),
    );
    const xml = exportNewsMlG2({ meta: build.meta(), body: build.doc(...briefs) }, options);
    await expectValid(xml);
    const document = parseXml(xml);
    const body = document.getElementsByTagNameNS(xhtml, 'body')[0]!;
    const ownElements = new Set(['section', 'p', 'h2', 'figure', 'img', 'figcaption', 'span', 'a', 'strong', 'em']);
    const names = [...body.querySelectorAll('*')].map((element) => element.localName);
    expect(names.filter((name) => !ownElements.has(name))).toEqual([]);
    const headings = payloads.map(({ payload }) => printableText(payload).trim()).filter((heading) => heading !== '');
    expect(texts(document, xhtml, 'h2')).toEqual(headings.map((heading) => `◇${heading}`));
  });
});
