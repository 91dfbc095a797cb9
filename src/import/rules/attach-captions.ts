import type { BriefItem, CaptionBlock, DraftBrief, DraftFigure, ImportRule } from '../import-draft';
import { excerpt } from '../excerpt';
import { letterPairs, overlapOf } from '../text-overlap';

/** How much more a caption must share with one brief than with the other to be placed without a warning. */
const clearMargin = 0.15;

function toFigure(caption: CaptionBlock): DraftFigure {
  return { kind: 'figure', line: caption.line, caption: caption.caption, credit: caption.credit };
}

function captionKey(item: { caption: string; credit: string }): string {
  return `${item.caption.replace(/\s+/g, '')}\u0000${item.credit.replace(/\s+/g, '')}`;
}

function briefText(brief: DraftBrief): string {
  return [brief.heading, ...brief.items.map((item) => (item.kind === 'paragraph' ? item.text : ''))].join(' ');
}

/** The items without a caption that repeats an earlier one of the same brief. */
function withoutRepeats(items: readonly BriefItem[]): BriefItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (item.kind === 'paragraph') return true;
    const key = captionKey(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Index just past the brief's last paragraph: captions from there on sit between this brief and the next. */
function trailingStart(items: readonly BriefItem[]): number {
  let index = items.length;
  while (index > 0 && items[index - 1]!.kind !== 'paragraph') index -= 1;
  return index;
}

/**
 * Settles every caption into a figure of one brief and drops repeats (newsis.com prints each caption twice: under
 * the photo and in its zoom viewer). A caption between paragraphs stays where it is; one printed above the first
 * heading goes to the first brief. One between two briefs goes to the brief whose text it shares more with (Newsis
 * prints photos above their heading, others below their text), right after that brief's heading or after its last
 * paragraph; when the text does not tell, it goes to the next brief, with a warning.
 */
export const attachCaptions: ImportRule = {
  name: 'attach-captions',
  apply(draft, warn) {
    const { briefs } = draft;
    const pairsCache = new Map<DraftBrief, Set<number>>();
    const pairsOf = (brief: DraftBrief) => {
      let pairs = pairsCache.get(brief);
      if (pairs === undefined) {
        pairs = letterPairs(briefText(brief));
        pairsCache.set(brief, pairs);
      }
      return pairs;
    };

    for (const brief of briefs) brief.items = withoutRepeats(brief.items);
    const moved: DraftFigure[][] = briefs.map(() => []);
    briefs.forEach((brief, index) => {
      const next = briefs[index + 1];
      const cut = trailingStart(brief.items);
      const kept: BriefItem[] = brief.items.slice(0, cut).map((item) => (item.kind === 'caption' ? toFigure(item) : item));
      for (const item of brief.items.slice(cut)) {
        if (item.kind !== 'caption') {
          kept.push(item);
          continue;
        }
        if (next === undefined) {
          kept.push(toFigure(item));
          continue;
        }
        const pairs = letterPairs(item.caption);
        const withThis = overlapOf(pairs, pairsOf(brief));
        const withNext = overlapOf(pairs, pairsOf(next));
        if (withThis >= withNext + clearMargin) {
          kept.push(toFigure(item));
        } else {
          moved[index + 1]!.push(toFigure(item));
          if (withNext < withThis + clearMargin) {
            warn('caption_guessed', `Placed the photo "${excerpt(item.caption)}" in the brief after it; the text does not say whether it belongs there or to the brief before.`, item.line);
          }
        }
      }
      brief.items = kept;
    });

    briefs.forEach((brief, index) => {
      brief.items = withoutRepeats([...moved[index]!, ...brief.items]);
      for (const item of brief.items) {
        if (item.kind === 'paragraph') continue;
        if (item.caption === '') warn('caption_missing', 'A photo credit stands without a caption; write the caption.', item.line);
        if (item.credit === '') warn('credit_missing', 'A photo caption names no credit (제공 or photographer); fill in the credit.', item.line);
      }
    });
  },
};
