import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** A 200-cell Korean manuscript sheet (원고지): 20 columns × 10 rows. */
export const manuscriptColumns = 20;
export const manuscriptRows = 10;
export const manuscriptSheetCells = manuscriptColumns * manuscriptRows;

export interface TextCount {
  /** Characters including spaces (Unicode code points; a composed Hangul syllable is one). */
  withSpaces: number;
  /** Characters without any whitespace. */
  withoutSpaces: number;
  /** Manuscript lines used when each paragraph is laid out on the 20-column grid. */
  manuscriptLines: number;
  /** Manuscript sheets (lines ÷ 10), to one decimal place. */
  sheets: number;
  paragraphs: number;
}

export const emptyCount: TextCount = { withSpaces: 0, withoutSpaces: 0, manuscriptLines: 0, sheets: 0, paragraphs: 0 };

/**
 * Lines one paragraph takes on manuscript paper, by the usual rules: it starts on a new line with one indent cell,
 * every character and every space takes a cell, and a space that would open a line is not written.
 */
export function manuscriptLinesFor(paragraph: string): number {
  const characters = [...paragraph.trim().replace(/\s+/g, ' ')];
  if (characters.length === 0) return 0;
  let lines = 1;
  let column = 1;
  for (const character of characters) {
    if (column === manuscriptColumns) {
      if (character === ' ') {
        column = 0;
        lines += 1;
        continue;
      }
      lines += 1;
      column = 0;
    }
    if (character === ' ' && column === 0) continue;
    column += 1;
  }
  return lines;
}

function roundSheets(lines: number): number {
  return Math.round((lines / manuscriptRows) * 10) / 10;
}

/** Counts a list of paragraphs (heading included, as its own paragraph). */
export function countParagraphs(paragraphs: readonly string[]): TextCount {
  let withSpaces = 0;
  let withoutSpaces = 0;
  let manuscriptLines = 0;
  let counted = 0;
  for (const paragraph of paragraphs) {
    const trimmed = paragraph.trim();
    if (trimmed === '') continue;
    counted += 1;
    withSpaces += [...trimmed].length;
    withoutSpaces += [...trimmed.replace(/\s/g, '')].length;
    manuscriptLines += manuscriptLinesFor(trimmed);
  }
  return { withSpaces, withoutSpaces, manuscriptLines, sheets: roundSheets(manuscriptLines), paragraphs: counted };
}

export function addCounts(counts: readonly TextCount[]): TextCount {
  const total = counts.reduce(
    (sum, count) => ({
      withSpaces: sum.withSpaces + count.withSpaces,
      withoutSpaces: sum.withoutSpaces + count.withoutSpaces,
      manuscriptLines: sum.manuscriptLines + count.manuscriptLines,
      sheets: 0,
      paragraphs: sum.paragraphs + count.paragraphs,
    }),
    emptyCount,
  );
  return { ...total, sheets: roundSheets(total.manuscriptLines) };
}

/** The text a brief's count covers: its heading and paragraphs. Captions and credits are counted apart. */
export function briefTextBlocks(brief: ProseMirrorNode): string[] {
  const blocks: string[] = [];
  brief.forEach((child) => {
    if (child.type.name === 'briefHeading' || child.type.name === 'paragraph') blocks.push(child.textContent);
  });
  return blocks;
}

const briefCountCache = new WeakMap<ProseMirrorNode, TextCount>();

/**
 * Count of one brief. ProseMirror nodes are immutable and unchanged briefs keep their identity between
 * transactions, so the cache makes a recount after a keystroke cost one brief, not the whole roundup.
 */
export function countBrief(brief: ProseMirrorNode): TextCount {
  const cached = briefCountCache.get(brief);
  if (cached !== undefined) return cached;
  const count = countParagraphs(briefTextBlocks(brief));
  briefCountCache.set(brief, count);
  return count;
}

export interface RoundupCount {
  briefs: TextCount[];
  total: TextCount;
}

export function countRoundup(doc: ProseMirrorNode): RoundupCount {
  const briefs: TextCount[] = [];
  doc.forEach((brief) => {
    if (brief.type.name === 'brief') briefs.push(countBrief(brief));
  });
  return { briefs, total: addCounts(briefs) };
}
