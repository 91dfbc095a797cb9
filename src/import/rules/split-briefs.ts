import { markerFamily, readBriefMarker, type MarkedLine } from '../brief-markers';
import { parseBriefCredit } from '../brief-credit';
import type { BriefItem, DraftBlock, DraftBrief, ImportRule, TextBlock } from '../import-draft';

const sentenceEnd = /[.!?。]["'”’)]?$/;
const inlineHeading = /^(.{2,80}?)\s+=\s+(\S.*)$/;

/** A marker's text reads as a heading: short and not a finished sentence. */
function readsAsHeading(text: string): boolean {
  return text.length <= 80 && !sentenceEnd.test(text);
}

/** An unmarked line that could be a heading: shorter still, and never a sentence. */
function readsAsUnmarkedHeading(text: string): boolean {
  return text.length >= 4 && text.length <= 50 && !sentenceEnd.test(text) && !/^["'“‘]/.test(text);
}

/** Text that reads as a paragraph: a finished sentence, a credited caption, or longer than any heading. */
function readsAsParagraph(text: string): boolean {
  return sentenceEnd.test(text) || text.length > 50 || parseBriefCredit(text) !== null;
}

/**
 * The marker family that opens briefs: the first marked line that reads as a heading decides; failing that, the
 * first marked line (a roundup of marked sentences, `▲광주 동구는 … 밝혔다.`).
 */
function chooseFamily(blocks: readonly DraftBlock[]): string | null {
  let firstMarked: string | null = null;
  for (const block of blocks) {
    if (block.kind !== 'text') continue;
    const marked = readBriefMarker(block.text);
    if (marked === null) continue;
    if (marked.marker.kind === 'number' && marked.marker.value !== 1) continue;
    if (readsAsHeading(marked.rest) || inlineHeading.test(marked.rest)) return markerFamily(marked.marker);
    firstMarked ??= markerFamily(marked.marker);
  }
  return firstMarked;
}

interface HeadingFound {
  readonly heading: string;
  /** Text after `=` on the heading line (`◇광주 동구, 김장 나눔 = 광주 동구는 …`), or a marked sentence. */
  readonly firstParagraph: string | null;
  /** Why the heading is a guess, or null when the text marked it plainly. */
  readonly guess: string | null;
}

function headingOfMarkedLine(marked: MarkedLine): HeadingFound {
  const inline = inlineHeading.exec(marked.rest);
  if (inline !== null && !sentenceEnd.test(inline[1] ?? '')) {
    return { heading: inline[1]!.trim(), firstParagraph: inline[2]!.trim(), guess: null };
  }
  if (readsAsHeading(marked.rest)) return { heading: marked.rest, firstParagraph: null, guess: null };
  // A marked sentence is the brief's text; its heading is left for the desk to write.
  return { heading: '', firstParagraph: marked.rest, guess: null };
}

function nextText(blocks: readonly DraftBlock[], index: number): TextBlock | null {
  for (let next = index + 1; next < blocks.length; next += 1) {
    const block = blocks[next]!;
    if (block.kind === 'text') return block;
  }
  return null;
}

/** The heading of text that comes before any heading: the roundup's headline without its closing `등`. */
function leadHeading(headline: string): string {
  return headline.replace(/\s*(?:등|외)\s*$/, '').replace(/\s*[…]+$/, '').trim();
}

/**
 * Splits the blocks into briefs. A brief opens at a line starting with the roundup's marker (`◇ ■ ▲ ◆ ○ □`, or
 * `1.`, `2.` … in sequence); the marker family is the one of the first marked line that reads as a heading, so
 * `▲` list items inside a `◇` roundup stay paragraphs. Without markers, a short unmarked line followed by a
 * paragraph is taken as a heading, with a warning; so is one followed by a paragraph ending in a photo credit
 * (`/광주 동구 제공`) in a marked roundup. Text before the first heading becomes a brief headed by the headline.
 */
export const splitBriefs: ImportRule = {
  name: 'split-briefs',
  apply(draft, warn) {
    const { blocks } = draft;
    const family = chooseFamily(blocks);
    const briefs: DraftBrief[] = [];
    const lead: BriefItem[] = [];
    let expectedNumber = 1;
    let current: DraftBrief | null = null;

    const open = (found: HeadingFound, line: number) => {
      current = { heading: found.heading, line, items: [] };
      briefs.push(current);
      if (found.firstParagraph !== null) current.items.push({ kind: 'paragraph', line, text: found.firstParagraph });
      if (found.heading === '') {
        warn('heading_missing', 'A marked item is a sentence, not a heading: it was kept as the text of a brief without heading; write one.', line);
      } else if (found.guess !== null) {
        warn('heading_guessed', `Took "${found.heading}" as a brief heading (${found.guess}); check where this brief starts.`, line);
      }
    };
    const add = (item: BriefItem) => (current === null ? lead : current.items).push(item);

    blocks.forEach((block, index) => {
      if (block.kind === 'caption') {
        add(block);
        return;
      }
      const marked = readBriefMarker(block.text);
      if (family !== null && marked !== null && markerFamily(marked.marker) === family) {
        const inSequence = marked.marker.kind === 'symbol' || marked.marker.value === expectedNumber;
        if (inSequence) {
          if (marked.marker.kind === 'number') expectedNumber += 1;
          open(headingOfMarkedLine(marked), block.line);
          return;
        }
      }
      const following = nextText(blocks, index);
      const unmarkedHeading =
        marked === null &&
        following !== null &&
        readsAsUnmarkedHeading(block.text) &&
        readsAsParagraph(following.text) &&
        (family === null || parseBriefCredit(following.text) !== null);
      if (unmarkedHeading) {
        const guess = family === null ? 'no brief markers in the text; a short line before a paragraph' : 'an unmarked short line before a credited paragraph';
        open({ heading: block.text, firstParagraph: null, guess }, block.line);
        return;
      }
      add({ kind: 'paragraph', line: block.line, text: block.text });
    });

    const first = briefs[0];
    if (first === undefined) {
      draft.briefs = [];
      return;
    }
    if (lead.some((item) => item.kind === 'paragraph')) {
      const heading = leadHeading(draft.meta.headline);
      const line = lead[0]!.line;
      briefs.unshift({ heading, line, items: lead });
      if (heading === '') {
        warn('heading_missing', 'The text before the first heading has no heading of its own; write one.', line);
      } else {
        warn('heading_guessed', `The text before the first heading was given the headline "${heading}" as its heading.`, line);
      }
    } else {
      // Captions printed above the first heading belong to the first brief.
      first.items.unshift(...lead);
    }
    draft.briefs = briefs;
  },
};
