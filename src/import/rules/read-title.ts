import { parseDateline } from '../dateline';
import type { DraftLine, ImportRule } from '../import-draft';

const titlePattern = /^[[［【〔<〈]\s*([^\]］】〕>〉=@]{1,30}?)\s*[\]］】〕>〉]\s*(\S.{0,200})?$/;
const notAKicker = /제공|재판매|protected|사진|속보|단독|영상/;
const roundupKicker = /(?:소식|브리핑|단신|동정|게시판|포토)$/;

interface TitleLine {
  readonly lines: readonly DraftLine[];
  readonly kicker: string;
  readonly headline: string;
}

/**
 * Reads the `[광주소식]광산구, 사회적경제·일자리창출 대상 등` line: the kicker without its brackets and the
 * headline (on the same line, or on the next when a roundup kicker stands alone). Only lines before the first dateline qualify, so a related-article link further down is never taken; a
 * roundup kicker (`…소식`, `…브리핑`) is preferred over another bracketed line of the page above it.
 */
export const readTitle: ImportRule = {
  name: 'read-title',
  apply(draft, warn) {
    const candidates: TitleLine[] = [];
    const lines = draft.lines.filter((line) => line.role === 'content');
    for (const [index, line] of lines.entries()) {
      if (parseDateline(line.text) !== null) break;
      const match = titlePattern.exec(line.text);
      if (match === null) continue;
      const [, rawKicker = '', sameLine] = match;
      const kicker = rawKicker.trim();
      if (notAKicker.test(kicker)) continue;
      if (sameLine !== undefined) {
        candidates.push({ lines: [line], kicker, headline: sameLine.trim() });
        continue;
      }
      // Some pages print the kicker on a line of its own, the headline below it; only a roundup kicker is read so.
      const below = lines[index + 1];
      if (roundupKicker.test(kicker) && below !== undefined && below.text.length <= 120 && parseDateline(below.text) === null) {
        candidates.push({ lines: [line, below], kicker, headline: below.text });
      }
    }
    const title = candidates.find((candidate) => roundupKicker.test(candidate.kicker)) ?? candidates[0];
    if (title === undefined) {
      warn('title_not_found', 'No "[kicker] headline" line was found; fill in the kicker and the headline.');
      return;
    }
    draft.meta.kicker = title.kicker;
    draft.meta.headline = title.headline;
    for (const line of title.lines) line.role = 'title';
  },
};
