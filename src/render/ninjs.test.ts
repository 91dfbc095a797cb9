// @vitest-environment jsdom
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gwangjuRoundupBody, gwangjuRoundupCaptions, gwangjuRoundupMetadata } from '@/schema/demo/gwangju-roundup';
import { emptyRoundupMetadata } from '@/schema/roundup-metadata';
import type { RoundupExportOptions } from './export-options';
import { exportNinjs, ninjsSchemaUri } from './ninjs';
import { printableText } from './printable-text';
import { roundupBuilders as build } from './testing/roundup-builders';

const standards = join(import.meta.dirname, '../../tests/fixtures/standards/ninjs/');
const xhtml = 'http://www.w3.org/1999/xhtml';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * IPTC's ninjs 2.2 JSON Schema (draft 2020-12) with Ajv and its formats. The schema `$ref`s the GeoJSON schema for
 * `places[].geojson`; it is not copied here, and a stand-in that accepts nothing takes its URI, so this validator
 * is stricter than IPTC's on that one property and never looser. Our exports carry no places.
 */
function createNinjsValidator() {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', not: {} });
  const validate = ajv.compile(readJson(`${standards}ninjs-schema_2.2.json`) as object);
  return (document: unknown) => {
    const valid = validate(document);
    return { valid, errors: ajv.errorsText(validate.errors) };
  };
}

const checkNinjs = createNinjsValidator();

function expectValid(document: unknown): void {
  const check = checkNinjs(document);
  expect(check.errors).toBe('No errors');
  expect(check.valid).toBe(true);
}

function jsonFiles(folder: string): string[] {
  return readdirSync(`${standards}${folder}`)
    .filter((name) => name.endsWith('.json'))
    .map((name) => `${folder}/${name}`);
}

/** A ninjs body value is an XHTML fragment; wrapped in one element it must parse as XML. */
function parseBody(value: string): Element {
  const document = new DOMParser().parseFromString(`<div xmlns="${xhtml}">${value}</div>`, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document.documentElement;
}

const options: RoundupExportOptions = {
  photoUrl: build.photoUrl,
  itemUri: 'urn:bureau:roundup:r-gwangju-2017-12-06',
  version: 3,
};
const seedInput = { meta: gwangjuRoundupMetadata, body: gwangjuRoundupBody };

describe("the validator: Ajv with IPTC's ninjs 2.2 schema", () => {
  it.each(jsonFiles('test-suite/2.2/should_pass'))('accepts IPTC test file %s', (file) => {
    expect(checkNinjs(readJson(`${standards}${file}`)).valid).toBe(true);
  });

  it.each(jsonFiles('test-suite/2.2/should_fail'))('rejects IPTC test file %s', (file) => {
    expect(checkNinjs(readJson(`${standards}${file}`)).valid).toBe(false);
  });

  /**
   * Ajv asserts `format` (so an export with a relative URI or a date without a zone fails); JSON Schema 2020-12 only
   * annotates it by default, and one user-guide example relies on that with the relative uri `renditions-example`.
   */
  const formatOnlyFailures: Readonly<Record<string, string>> = {
    'examples/userguide-2.2/002_renditions_example.json': 'data/uri must match format "uri"',
  };

  it.each(jsonFiles('examples/userguide-2.2'))("accepts IPTC's user-guide example %s", (file) => {
    const failure = formatOnlyFailures[file];
    expect(checkNinjs(readJson(`${standards}${file}`))).toEqual(
      failure === undefined ? { valid: true, errors: 'No errors' } : { valid: false, errors: failure },
    );
  });

  it('rejects what 2.2 does not define, such as 1.x body_html', () => {
    expect(checkNinjs({ uri: 'urn:x:1', body_html: '<p>x</p>' }).valid).toBe(false);
    expect(checkNinjs({ uri: 'not a uri' }).valid).toBe(false);
    expect(checkNinjs({ type: 'text' }).valid).toBe(false);
  });
});

describe('exportNinjs: the model roundup', () => {
  const ninjs = exportNinjs(seedInput, options);

  it('is valid ninjs 2.2 and says so', () => {
    expectValid(ninjs);
    expect(ninjs.standard).toEqual({ name: 'ninjs', version: '2.2', schema: ninjsSchemaUri });
  });

  it('identifies and describes the item', () => {
    expect(ninjs).toMatchObject({
      uri: 'urn:bureau:roundup:r-gwangju-2017-12-06',
      type: 'text',
      version: '3',
      firstcreated: '2017-12-06T17:35:58+09:00',
      versioncreated: '2017-12-06T17:35:58+09:00',
      pubstatus: 'usable',
      language: 'ko',
      title: '[광주소식]광산구, 사회적경제·일자리창출 대상 등',
      slugline: '광주소식',
      headlines: [{ role: 'main', contenttype: 'text/plain', value: '광산구, 사회적경제·일자리창출 대상 등' }],
      by: '신대희 기자',
      located: '광주',
    });
  });

  it('carries the body as escaped XHTML with headings, paragraphs and figures', () => {
    expect(ninjs.bodies).toHaveLength(1);
    expect(ninjs.bodies[0]).toMatchObject({ role: 'main', contenttype: 'application/xhtml+xml' });
    const body = parseBody(ninjs.bodies[0]!.value);
    expect(body.getElementsByTagNameNS(xhtml, 'h2')).toHaveLength(3);
    expect(body.getElementsByTagNameNS(xhtml, 'figure')).toHaveLength(2);
    expect(body.getElementsByTagNameNS(xhtml, 'figcaption')[1]?.textContent).toBe(
      `${gwangjuRoundupCaptions.fireStation.caption} ${gwangjuRoundupCaptions.fireStation.credit}`,
    );
    expect(body.getElementsByTagNameNS(xhtml, 'p')[0]?.textContent).toBe('【광주=뉴시스】신대희 기자 =');
  });

  it('associates each photo as a picture with its URL, caption and credit', () => {
    expect(ninjs.associations).toEqual([
      {
        name: 'photo-1',
        uri: 'https://photos.example.kr/demo-sleep-coaching.jpg',
        type: 'picture',
        by: '광산구 제공',
        descriptions: [
          { role: 'caption', contenttype: 'text/plain', value: gwangjuRoundupCaptions.sleepCoaching.caption },
          { role: 'alt', contenttype: 'text/plain', value: gwangjuRoundupCaptions.sleepCoaching.alt },
        ],
        renditions: [
          { name: 'original', href: 'https://photos.example.kr/demo-sleep-coaching.jpg', width: 960, height: 640 },
        ],
      },
      expect.objectContaining({ name: 'photo-2', by: '광주 북부소방서 제공' }),
    ]);
  });
});

describe('exportNinjs: drafts, photos and hostile text', () => {
  it('exports an empty draft as a valid item without empty texts', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    const ninjs = exportNinjs({ meta: emptyRoundupMetadata(), body: null }, { ...options, now });
    expectValid(ninjs);
    expect(Object.keys(ninjs).sort()).toEqual(
      ['bodies', 'language', 'pubstatus', 'standard', 'type', 'uri', 'version', 'versioncreated'].sort(),
    );
    expect(ninjs.versioncreated).toBe('2026-03-01T09:00:00+09:00');
  });

  it('associates only photos with an absolute URL, skipping figures without a photo', () => {
    const body = build.doc(
      build.brief(
        'b-1',
        build.heading('사진'),
        build.figure({ photoId: null }, [build.text('사진 없음')], ''),
        build.figure({ photoId: 'p-path', width: null, height: null }, [], ''),
      ),
    );
    const photoUrl = (id: string) => `/api/photos/${id}`;
    expect(exportNinjs({ meta: build.meta(), body }, { ...options, photoUrl }).associations).toBeUndefined();
    const baseUrl = 'https://bureau.example/';
    const ninjs = exportNinjs({ meta: build.meta(), body }, { ...options, photoUrl, baseUrl });
    expectValid(ninjs);
    expect(ninjs.associations).toEqual([
      {
        name: 'photo-1',
        uri: 'https://bureau.example/api/photos/p-path',
        type: 'picture',
        renditions: [{ name: 'original', href: 'https://bureau.example/api/photos/p-path' }],
      },
    ]);
  });

  it('stays valid with markup, quotes and control characters, and its body stays well-formed', () => {
    const hostile = '<script>alert("x")</script> & \'q\' "d" \u0000\u0001\u001b[2J\u007f\u0085\ufffe\ud800 끝';
    const ninjs = exportNinjs(
      {
        meta: build.meta({
          kicker: hostile,
          headline: hostile,
          region: hostile,
          reporters: [{ name: hostile, email: '' }],
        }),
        body: build.doc(
          build.brief(
            'b-1',
            build.heading(hostile),
            build.paragraph(build.text(hostile, [{ type: 'italic' }])),
            build.figure({ photoId: 'p1', alt: hostile }, [build.text(hostile)], hostile),
          ),
        ),
      },
      options,
    );
    expectValid(ninjs);
    const clean = printableText(hostile).trim();
    expect(ninjs.headlines?.[0]?.value).toBe(clean);
    expect(ninjs.by).toBe(`${clean} 기자`);
    expect(ninjs.associations?.[0]?.descriptions?.[0]?.value).toBe(clean);
    const body = parseBody(ninjs.bodies[0]!.value);
    expect(body.getElementsByTagNameNS(xhtml, 'script')).toHaveLength(0);
    expect(body.getElementsByTagNameNS(xhtml, 'em')[0]?.textContent).toBe(printableText(hostile));
    expect(JSON.stringify(ninjs)).not.toMatch(/\\u00[01][0-9a-f]|\\u007f|[\u007f-\u009f\ufffe]|\\ud800/i);
  });
});
