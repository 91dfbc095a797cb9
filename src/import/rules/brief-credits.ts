import { parseBriefCredit } from '../brief-credit';
import type { DraftFigure, ImportRule } from '../import-draft';

/**
 * Reads briefs whose paragraph ends with a photo credit after a slash (`… 전달했다. /광주 동구 제공`,
 * `… /김민수 기자 kms@namdo.kr`): the page showed a photo with this text as its caption. The credit leaves the
 * paragraph and the brief gets a figure after its heading, captioned with the paragraph (as Newsis captions repeat
 * the brief's lead), flagged for the desk to trim.
 */
export const briefCredits: ImportRule = {
  name: 'brief-credits',
  apply(draft, warn) {
    for (const brief of draft.briefs) {
      const figures: DraftFigure[] = [];
      for (const item of brief.items) {
        if (item.kind !== 'paragraph') continue;
        const credited = parseBriefCredit(item.text);
        if (credited === null) continue;
        item.text = credited.text;
        const known = brief.items.some((other) => other.kind !== 'paragraph' && other.credit === credited.credit);
        if (known) continue;
        figures.push({ kind: 'figure', line: item.line, caption: credited.text, credit: credited.credit });
        warn('caption_from_text', `The credit "/${credited.credit}" stands for a photo; its caption was copied from the paragraph. Trim it.`, item.line);
      }
      brief.items.unshift(...figures);
    }
  },
};
