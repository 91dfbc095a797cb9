import type { JSONContent } from '@tiptap/core';
import { anchorContextLength, type TextCommentTarget } from '../contract/comment-endpoints';

/** Separates textblocks in `briefText`, so a quote never runs two paragraphs' words together. */
export const blockSeparator = '\n';

function textOf(node: JSONContent): string {
  if (typeof node.text === 'string') return node.text;
  return (node.content ?? []).map(textOf).join('');
}

function isTextblock(node: JSONContent): boolean {
  return node.type === 'briefHeading' || node.type === 'paragraph' || node.type === 'figureCaption' || node.type === 'figureCredit';
}

/** The textblocks of a brief in document order: heading, paragraphs, and each photo's caption and credit. */
export function briefTextblocks(brief: JSONContent): string[] {
  const blocks: string[] = [];
  const visit = (node: JSONContent): void => {
    if (isTextblock(node)) {
      blocks.push(textOf(node));
      return;
    }
    for (const child of node.content ?? []) visit(child);
  };
  for (const child of brief.content ?? []) visit(child);
  return blocks;
}

/** The text comments are anchored in: the brief's textblocks joined by `blockSeparator`. */
export function briefText(brief: JSONContent): string {
  return briefTextblocks(brief).join(blockSeparator);
}

/** The anchor for `[start, end)` of a brief's text: the quote with some context on both sides. */
export function textTargetFor(briefId: string, text: string, start: number, end: number): TextCommentTarget {
  return {
    kind: 'text',
    briefId,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - anchorContextLength), start),
    suffix: text.slice(end, end + anchorContextLength),
    start,
  };
}

export interface TextRange {
  start: number;
  end: number;
}

function occurrences(text: string, piece: string): number[] {
  const found: number[] = [];
  if (piece.length === 0) return found;
  for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) found.push(at);
  return found;
}

function nearest(positions: readonly number[], to: number): number | undefined {
  let best: number | undefined;
  for (const position of positions) if (best === undefined || Math.abs(position - to) < Math.abs(best - to)) best = position;
  return best;
}

/** Ends of the prefix in the text (the prefix may be empty only at the very start). */
function prefixEnds(text: string, prefix: string): number[] {
  if (prefix.length === 0) return [0];
  return occurrences(text, prefix).map((at) => at + prefix.length);
}

function suffixStarts(text: string, suffix: string): number[] {
  if (suffix.length === 0) return [text.length];
  return occurrences(text, suffix);
}

/** How much of the context around a candidate range still matches: prefers the copy of a repeated quote the reporter meant. */
function contextScore(text: string, range: TextRange, target: TextCommentTarget): number {
  let score = 0;
  const before = text.slice(0, range.start);
  for (let length = 1; length <= target.prefix.length && before.endsWith(target.prefix.slice(-length)); length += 1) score += 1;
  const after = text.slice(range.end);
  for (let length = 1; length <= target.suffix.length && after.startsWith(target.suffix.slice(0, length)); length += 1) score += 1;
  return score;
}

/** A quote edited beyond recognition still counts as found when this much of one end is intact. */
const minimumEndLength = 4;

/**
 * Where a text anchor lies in the brief's text now, or null when its text is gone (the thread is then shown as
 * detached, with its quote). Edits before or after the range only move it: the quote is found again (the copy
 * whose context matches best, then the one nearest its old place). An edit inside the range is found by the
 * context on both sides; failing that, by an intact beginning or end of the quote.
 */
export function resolveTextAnchor(text: string, target: TextCommentTarget): TextRange | null {
  const exact = occurrences(text, target.quote).map((start) => ({ start, end: start + target.quote.length }));
  if (exact.length > 0) {
    let best = exact[0]!;
    let bestScore = -1;
    for (const range of exact) {
      const score = contextScore(text, range, target);
      const closer = Math.abs(range.start - target.start) < Math.abs(best.start - target.start);
      if (score > bestScore || (score === bestScore && closer)) {
        best = range;
        bestScore = score;
      }
    }
    return best;
  }

  const starts = prefixEnds(text, target.prefix);
  const ends = suffixStarts(text, target.suffix);
  const start = nearest(starts, target.start);
  if (start !== undefined) {
    const end = ends.filter((position) => position > start).sort((a, b) => a - b)[0];
    // The edited quote should still be of the same order of size; further away, the suffix is some other text.
    if (end !== undefined && end - start <= target.quote.length * 3 + anchorContextLength) return { start, end };
  }

  // Only near where the quote stood: a few characters found elsewhere in the brief are some other text.
  const window = target.quote.length + anchorContextLength * 2;
  const nearby = (positions: number[], to: number) => nearest(positions.filter((position) => Math.abs(position - to) <= window), to);
  const headLength = Math.min(target.quote.length, Math.max(minimumEndLength, Math.floor(target.quote.length / 2)));
  if (target.quote.length >= minimumEndLength) {
    const headAt = nearby(occurrences(text, target.quote.slice(0, headLength)), target.start);
    if (headAt !== undefined) return { start: headAt, end: headAt + headLength };
    const tailAt = nearby(occurrences(text, target.quote.slice(-headLength)), target.start + target.quote.length - headLength);
    if (tailAt !== undefined) return { start: tailAt, end: tailAt + headLength };
  }
  return null;
}
