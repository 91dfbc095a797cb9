import type { JSONContent } from '@tiptap/core';
import { diffWords, tokenizeWords, type WordDiffPart } from './word-diff';

export type DiffChange = 'added' | 'removed' | 'edited' | 'same';

export interface TextBlockDiff {
  kind: 'heading' | 'paragraph';
  change: DiffChange;
  words: WordDiffPart[];
}

export interface FigureBlockDiff {
  kind: 'figure';
  change: DiffChange;
  /** The photo before and after; null where the figure was not there or had no photo yet. */
  photoBefore: string | null;
  photoAfter: string | null;
  /** Both sides hold the figure and it shows a different photo. */
  photoChanged: boolean;
  caption: WordDiffPart[];
  credit: WordDiffPart[];
  alt: WordDiffPart[];
}

export type BlockDiff = TextBlockDiff | FigureBlockDiff;

export interface BriefDiff {
  briefId: string;
  /** The sub-heading as it is in the newer body (the older one for a removed brief). */
  heading: string;
  change: DiffChange;
  /** The heading first, then paragraphs and figures in reading order (removed ones where they stood). */
  blocks: BlockDiff[];
}

interface BodyBlock {
  kind: 'paragraph' | 'figure';
  node: JSONContent;
  /** Equal keys: nothing visible changed (size attributes of a figure do not count). */
  key: string;
  /** The words, for pairing a changed block with its edited counterpart. */
  words: string[];
}

interface BriefParts {
  id: string;
  heading: string;
  blocks: BodyBlock[];
}

function textOf(node: JSONContent | undefined): string {
  if (node === undefined) return '';
  if (typeof node.text === 'string') return node.text;
  return (node.content ?? []).map(textOf).join('');
}

function stringAttribute(node: JSONContent, name: string): string | null {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value : null;
}

function figureParts(node: JSONContent) {
  const children = node.content ?? [];
  return {
    photoId: stringAttribute(node, 'photoId'),
    alt: stringAttribute(node, 'alt') ?? '',
    caption: textOf(children.find((child) => child.type === 'figureCaption')),
    credit: textOf(children.find((child) => child.type === 'figureCredit')),
  };
}

function words(text: string): string[] {
  return tokenizeWords(text).filter((token) => token.trim() !== '');
}

function bodyBlock(node: JSONContent): BodyBlock {
  if (node.type === 'figure') {
    const parts = figureParts(node);
    const caption = node.content?.find((child) => child.type === 'figureCaption');
    return {
      kind: 'figure',
      node,
      key: JSON.stringify(['figure', parts.photoId, parts.alt, caption?.content ?? [], parts.credit]),
      words: words(`${parts.caption} ${parts.credit}`),
    };
  }
  // Marks are part of the key: a paragraph made bold has changed, though its words have not.
  return { kind: 'paragraph', node, key: JSON.stringify(['paragraph', node.content ?? []]), words: words(textOf(node)) };
}

function briefParts(node: JSONContent, index: number): BriefParts {
  const children = node.content ?? [];
  const id = stringAttribute(node, 'id') ?? `#${index}`;
  const headingNode = children.find((child) => child.type === 'briefHeading');
  return { id, heading: textOf(headingNode), blocks: children.filter((child) => child.type !== 'briefHeading').map(bodyBlock) };
}

function briefsOf(body: JSONContent | null): BriefParts[] {
  return (body?.content ?? []).filter((node) => node.type === 'brief').map(briefParts);
}

/** Share of words two blocks have in common (Dice coefficient over the multisets), 0–1. */
function similarity(left: BodyBlock, right: BodyBlock): number {
  if (left.kind === 'figure' && right.kind === 'figure') {
    const leftPhoto = stringAttribute(left.node, 'photoId');
    if (leftPhoto !== null && leftPhoto === stringAttribute(right.node, 'photoId')) return 1;
  }
  const total = left.words.length + right.words.length;
  if (total === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of left.words) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of right.words) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared += 1;
      counts.set(word, count - 1);
    }
  }
  return (2 * shared) / total;
}

/** Below this, a removed and an added block are shown as such rather than as one edited block. */
const pairingThreshold = 0.3;

type BlockStep =
  | { kind: 'same'; before: BodyBlock; after: BodyBlock }
  | { kind: 'edited'; before: BodyBlock; after: BodyBlock }
  | { kind: 'removed'; before: BodyBlock }
  | { kind: 'added'; after: BodyBlock };

/** Index pairs of the longest common subsequence of two key lists (blocks per brief are few: plain DP). */
function matchingIndexes<T>(before: readonly T[], after: readonly T[], score: (left: T, right: T) => number): Array<[number, number]> {
  const width = after.length + 1;
  const table = new Float64Array((before.length + 1) * width);
  for (let row = before.length - 1; row >= 0; row -= 1) {
    for (let column = after.length - 1; column >= 0; column -= 1) {
      const gain = score(before[row]!, after[column]!);
      table[row * width + column] = Math.max(
        gain > 0 ? table[(row + 1) * width + column + 1]! + gain : 0,
        table[(row + 1) * width + column]!,
        table[row * width + column + 1]!,
      );
    }
  }
  const pairs: Array<[number, number]> = [];
  let row = 0;
  let column = 0;
  while (row < before.length && column < after.length) {
    const gain = score(before[row]!, after[column]!);
    if (gain > 0 && table[row * width + column] === table[(row + 1) * width + column + 1]! + gain) {
      pairs.push([row, column]);
      row += 1;
      column += 1;
    } else if (table[(row + 1) * width + column]! >= table[row * width + column + 1]!) {
      row += 1;
    } else {
      column += 1;
    }
  }
  return pairs;
}

/**
 * Pairs a changed stretch: blocks of the same kind that share enough words are one edited block, the rest were
 * removed or added. A single paragraph replaced by a single paragraph is always an edit.
 */
function pairStretch(removed: readonly BodyBlock[], added: readonly BodyBlock[]): BlockStep[] {
  const single = removed.length === 1 && added.length === 1;
  const pairs = matchingIndexes(removed, added, (left, right) => {
    if (left.kind !== right.kind) return 0;
    const value = similarity(left, right);
    return single || value >= pairingThreshold ? value + 1 : 0;
  });
  const steps: BlockStep[] = [];
  let removedIndex = 0;
  let addedIndex = 0;
  for (const [pairRemoved, pairAdded] of [...pairs, [removed.length, added.length] as const]) {
    while (removedIndex < pairRemoved) steps.push({ kind: 'removed', before: removed[removedIndex++]! });
    while (addedIndex < pairAdded) steps.push({ kind: 'added', after: added[addedIndex++]! });
    if (pairRemoved < removed.length && pairAdded < added.length) {
      steps.push({ kind: 'edited', before: removed[pairRemoved]!, after: added[pairAdded]! });
      removedIndex += 1;
      addedIndex += 1;
    }
  }
  return steps;
}

/** Unchanged blocks are anchors (longest common subsequence of keys); what lies between is paired by likeness. */
function blockSteps(before: readonly BodyBlock[], after: readonly BodyBlock[]): BlockStep[] {
  const anchors = matchingIndexes(before, after, (left, right) => (left.key === right.key ? 1 : 0));
  const steps: BlockStep[] = [];
  let beforeIndex = 0;
  let afterIndex = 0;
  for (const [anchorBefore, anchorAfter] of [...anchors, [before.length, after.length] as const]) {
    steps.push(...pairStretch(before.slice(beforeIndex, anchorBefore), after.slice(afterIndex, anchorAfter)));
    if (anchorBefore < before.length && anchorAfter < after.length) {
      steps.push({ kind: 'same', before: before[anchorBefore]!, after: after[anchorAfter]! });
    }
    beforeIndex = anchorBefore + 1;
    afterIndex = anchorAfter + 1;
  }
  return steps;
}

function wholeText(text: string, kind: 'same' | 'inserted' | 'deleted'): WordDiffPart[] {
  return text === '' ? [] : [{ kind, text }];
}

function textDiff(kind: TextBlockDiff['kind'], change: DiffChange, before: string, after: string): TextBlockDiff {
  if (change === 'added') return { kind, change, words: wholeText(after, 'inserted') };
  if (change === 'removed') return { kind, change, words: wholeText(before, 'deleted') };
  return { kind, change, words: diffWords(before, after) };
}

function figureDiff(change: DiffChange, before: BodyBlock | undefined, after: BodyBlock | undefined): FigureBlockDiff {
  const old = before === undefined ? null : figureParts(before.node);
  const now = after === undefined ? null : figureParts(after.node);
  const compare = (pick: (parts: ReturnType<typeof figureParts>) => string) => {
    if (old === null) return wholeText(now === null ? '' : pick(now), 'inserted');
    if (now === null) return wholeText(pick(old), 'deleted');
    return diffWords(pick(old), pick(now));
  };
  return {
    kind: 'figure',
    change,
    photoBefore: old?.photoId ?? null,
    photoAfter: now?.photoId ?? null,
    photoChanged: old !== null && now !== null && old.photoId !== now.photoId,
    caption: compare((parts) => parts.caption),
    credit: compare((parts) => parts.credit),
    alt: compare((parts) => parts.alt),
  };
}

function stepDiff(step: BlockStep): BlockDiff {
  const before = 'before' in step ? step.before : undefined;
  const after = 'after' in step ? step.after : undefined;
  const kind = (before ?? after)!.kind;
  if (kind === 'figure') return figureDiff(step.kind, before, after);
  return textDiff('paragraph', step.kind, before === undefined ? '' : textOf(before.node), after === undefined ? '' : textOf(after.node));
}

function onlyOneSide(brief: BriefParts, change: 'added' | 'removed'): BriefDiff {
  const steps: BlockStep[] = brief.blocks.map((block) =>
    change === 'added' ? { kind: 'added', after: block } : { kind: 'removed', before: block },
  );
  return {
    briefId: brief.id,
    heading: brief.heading,
    change,
    blocks: [
      textDiff('heading', change, change === 'removed' ? brief.heading : '', change === 'added' ? brief.heading : ''),
      ...steps.map(stepDiff),
    ],
  };
}

function bothSides(before: BriefParts, after: BriefParts): BriefDiff {
  const headingChange: DiffChange = before.heading === after.heading ? 'same' : 'edited';
  const blocks: BlockDiff[] = [
    textDiff('heading', headingChange, before.heading, after.heading),
    ...blockSteps(before.blocks, after.blocks).map(stepDiff),
  ];
  const change: DiffChange = blocks.every((block) => block.change === 'same') ? 'same' : 'edited';
  return { briefId: after.id, heading: after.heading, change, blocks };
}

/**
 * Compares two roundup bodies brief by brief, matched by brief id: every brief of the newer body in its order, with
 * the briefs the newer body no longer has placed after the brief they followed. `older` null: everything was added.
 */
export function diffBriefs(older: JSONContent | null, newer: JSONContent): BriefDiff[] {
  const olderBriefs = briefsOf(older);
  const newerBriefs = briefsOf(newer);
  const olderById = new Map(olderBriefs.map((brief) => [brief.id, brief]));
  const newerIds = new Set(newerBriefs.map((brief) => brief.id));

  // Removed briefs, grouped under the nearest earlier brief that is still there ('' for the very top).
  const removedAfter = new Map<string, BriefParts[]>();
  let previousKept = '';
  for (const brief of olderBriefs) {
    if (newerIds.has(brief.id)) {
      previousKept = brief.id;
    } else {
      removedAfter.set(previousKept, [...(removedAfter.get(previousKept) ?? []), brief]);
    }
  }
  const removedDiffs = (anchor: string) => (removedAfter.get(anchor) ?? []).map((brief) => onlyOneSide(brief, 'removed'));

  const result: BriefDiff[] = removedDiffs('');
  for (const brief of newerBriefs) {
    const old = olderById.get(brief.id);
    result.push(old === undefined ? onlyOneSide(brief, 'added') : bothSides(old, brief));
    result.push(...removedDiffs(brief.id));
  }
  return result;
}
