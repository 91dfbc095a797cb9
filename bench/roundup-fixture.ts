import type { JSONContent } from '@tiptap/core';
import { gwangjuRoundupBriefTexts } from '../src/schema/demo/gwangju-roundup';
import type { RoundupMetadata } from '../src/schema/roundup-metadata';
import { seededRandom } from './seeded-random';

/** The shape of the benchmark draft: about 60 briefs of a heading and 3 paragraphs, about 150 kB of JSON. */
export interface FixtureShape {
  briefs: number;
  paragraphsPerBrief: number;
  /** UTF-8 bytes of text aimed at per paragraph (Hangul is 3 bytes a character). */
  paragraphTextBytes: number;
}

export const autosaveFixtureShape: FixtureShape = { briefs: 60, paragraphsPerBrief: 3, paragraphTextBytes: 640 };

export interface RoundupFixture {
  meta: RoundupMetadata;
  body: JSONContent;
  /** `JSON.stringify(body)` in UTF-8 bytes: what the server's 2 MB body limit counts. */
  bodyBytes: number;
}

const encoder = new TextEncoder();
const sentences: readonly string[] = gwangjuRoundupBriefTexts.flatMap((brief) => [...brief.paragraphs]);
const headings: readonly string[] = gwangjuRoundupBriefTexts.map((brief) => brief.heading);

function pick<Item>(items: readonly Item[], random: () => number): Item {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('cannot pick from an empty list');
  return item;
}

/** Real Korean news sentences (from the demo roundup) strung together up to about `targetBytes` of UTF-8. */
function paragraphText(targetBytes: number, random: () => number): string {
  let text = '';
  while (encoder.encode(text).byteLength < targetBytes) text += (text === '' ? '' : ' ') + pick(sentences, random);
  return text;
}

function textNode(text: string, marks?: JSONContent['marks']): JSONContent {
  return marks === undefined ? { type: 'text', text } : { type: 'text', text, marks };
}

/** Every fifth paragraph opens with a bold phrase, as reporters mark a lead-in; the rest is plain text. */
function paragraph(text: string, index: number): JSONContent {
  if (index % 5 !== 0) return { type: 'paragraph', content: [textNode(text)] };
  const split = text.indexOf(' ');
  if (split <= 0) return { type: 'paragraph', content: [textNode(text)] };
  return {
    type: 'paragraph',
    content: [textNode(text.slice(0, split), [{ type: 'bold' }]), textNode(text.slice(split))],
  };
}

/**
 * A large, valid draft (it passes `validateRoundupBody` and is already in the canonical form the server stores):
 * `shape.briefs` briefs, each a `◇` heading and `shape.paragraphsPerBrief` paragraphs of Korean text.
 */
export function createRoundupFixture(shape: FixtureShape = autosaveFixtureShape, seed = 2017): RoundupFixture {
  const random = seededRandom(seed);
  let paragraphIndex = 0;
  const briefs: JSONContent[] = Array.from({ length: shape.briefs }, (_, briefIndex) => ({
    type: 'brief',
    attrs: { id: `b-bench-${String(briefIndex + 1).padStart(3, '0')}` },
    content: [
      { type: 'briefHeading', content: [textNode(`${pick(headings, random)} ${briefIndex + 1}`)] },
      ...Array.from({ length: shape.paragraphsPerBrief }, () => {
        paragraphIndex += 1;
        return paragraph(paragraphText(shape.paragraphTextBytes, random), paragraphIndex);
      }),
    ],
  }));
  const body: JSONContent = { type: 'doc', content: briefs };
  return {
    meta: {
      kicker: '광주소식',
      headline: '광산구, 사회적경제·일자리창출 대상 등 (벤치마크 원고)',
      region: '광주',
      outlet: '뉴시스',
      houseStyle: 'newsis',
      reporters: [{ name: '신대희', email: 'reporter@bureau.test' }],
      registeredAt: null,
    },
    body,
    bodyBytes: encoder.encode(JSON.stringify(body)).byteLength,
  };
}
