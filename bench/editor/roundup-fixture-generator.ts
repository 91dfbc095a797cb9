import type { JSONContent } from '@tiptap/core';
import { gwangjuRoundupBriefTexts, gwangjuRoundupPhotoIds } from '../../src/schema/demo/gwangju-roundup';
import type { RoundupMetadata } from '../../src/schema/roundup-metadata';
import { validateRoundupBody } from '../../src/schema/validate-roundup-body';
import { seededRandom } from '../seeded-random';

/** The roundup sizes issue 6 measures. */
export const roundupFixtureSizes = [10, 50, 200] as const;

export interface EditorRoundupFixture {
  briefCount: number;
  meta: RoundupMetadata;
  body: JSONContent;
  /** `JSON.stringify(body)` in UTF-8 bytes. */
  bodyBytes: number;
}

/** Words (eojeol, the space-separated units of Korean) of real news sentences, from the demo roundup. */
const words: readonly string[] = gwangjuRoundupBriefTexts.flatMap((brief) =>
  brief.paragraphs.flatMap((paragraph) => paragraph.split(/\s+/).filter((word) => word !== '')),
);
const headings: readonly string[] = gwangjuRoundupBriefTexts.map((brief) => brief.heading);
const districts: readonly string[] = ['광산구', '북구', '서구', '남구', '동구'];
const demoPhotoIds: readonly string[] = Object.values(gwangjuRoundupPhotoIds);

const wordsPerParagraph = { min: 56, max: 64 } as const;
const wordsPerCaption = { min: 10, max: 14 } as const;

function pick<Item>(items: readonly Item[], random: () => number): Item {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('cannot pick from an empty list');
  return item;
}

function wordRun(bounds: { min: number; max: number }, random: () => number): string {
  const count = bounds.min + Math.floor(random() * (bounds.max - bounds.min + 1));
  const text = Array.from({ length: count }, () => pick(words, random)).join(' ');
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function textBlock(type: string, text: string): JSONContent {
  return { type, content: [{ type: 'text', text }] };
}

function brief(briefIndex: number, random: () => number): JSONContent {
  const district = pick(districts, random);
  // Half the figures show a demo photo and half are empty slots, as drafts have both.
  const photoId = briefIndex % 2 === 0 ? (demoPhotoIds[(briefIndex / 2) % demoPhotoIds.length] ?? null) : null;
  return {
    type: 'brief',
    attrs: { id: `b-editor-${String(briefIndex + 1).padStart(3, '0')}` },
    content: [
      textBlock('briefHeading', `${pick(headings, random)} ${briefIndex + 1}`),
      textBlock('paragraph', wordRun(wordsPerParagraph, random)),
      textBlock('paragraph', wordRun(wordsPerParagraph, random)),
      textBlock('paragraph', wordRun(wordsPerParagraph, random)),
      {
        type: 'figure',
        attrs: { photoId, alt: `${district} 행사 사진`, width: photoId === null ? null : 960, height: photoId === null ? null : 640 },
        content: [textBlock('figureCaption', `${district} ${wordRun(wordsPerCaption, random)}`), textBlock('figureCredit', `${district} 제공`)],
      },
    ],
  };
}

/**
 * A roundup of `briefCount` briefs for the editor benchmark, the same for the same seed: each brief a heading, three
 * paragraphs of about 60 Korean words and a figure with caption and credit. Throws if the body is not a valid roundup,
 * so a benchmark never measures a document the editor would refuse.
 */
export function generateRoundupFixture(briefCount: number, seed = 6): EditorRoundupFixture {
  if (!Number.isInteger(briefCount) || briefCount < 1 || briefCount > 1000) {
    throw new Error(`briefCount must be an integer from 1 to 1000, got ${briefCount}`);
  }
  const random = seededRandom(seed);
  const body: JSONContent = { type: 'doc', content: Array.from({ length: briefCount }, (_, index) => brief(index, random)) };
  const validation = validateRoundupBody(body);
  if (!validation.ok) {
    const first = validation.issues[0];
    throw new Error(`generated roundup is invalid: ${first?.location ?? ''} ${first?.message ?? ''}`);
  }
  return {
    briefCount,
    meta: {
      kicker: '광주소식',
      headline: `광산구 소식 ${briefCount}건 (편집기 벤치마크 원고)`,
      region: '광주',
      outlet: '뉴시스',
      houseStyle: 'newsis',
      reporters: [{ name: '신대희', email: 'reporter@bureau.test' }],
      registeredAt: null,
    },
    body,
    bodyBytes: new TextEncoder().encode(JSON.stringify(body)).byteLength,
  };
}
