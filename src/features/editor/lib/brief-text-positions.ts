import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { blockSeparator, type TextRange } from '@/services/comment-anchor';

/** One textblock of a brief: where its text starts in the brief text and where its content starts in the document. */
interface TextblockSpan {
  node: ProseMirrorNode;
  textStart: number;
  textEnd: number;
  contentStart: number;
}

/**
 * A brief's text (`briefText`) laid over the document: comment anchors are offsets in that text, the editor works
 * in document positions, and this converts between the two.
 */
export interface BriefTextLayout {
  briefId: string;
  /** Document position of the brief node itself. */
  position: number;
  node: ProseMirrorNode;
  text: string;
  blocks: readonly TextblockSpan[];
}

/** Only text counts, as in `briefText`: an inline leaf takes a document position but no character. */
function textOf(block: ProseMirrorNode): string {
  let text = '';
  block.forEach((child) => {
    if (child.isText) text += child.text ?? '';
  });
  return text;
}

/** The layout of the brief node at `position`, walking its textblocks in the order `briefTextblocks` does. */
export function briefTextLayout(brief: ProseMirrorNode, position: number): BriefTextLayout {
  const blocks: TextblockSpan[] = [];
  const texts: string[] = [];
  let textStart = 0;
  brief.descendants((node, offset) => {
    if (!node.isTextblock) return true;
    const text = textOf(node);
    blocks.push({ node, textStart, textEnd: textStart + text.length, contentStart: position + 1 + offset + 1 });
    texts.push(text);
    textStart += text.length + blockSeparator.length;
    return false;
  });
  const id: unknown = brief.attrs.id;
  return { briefId: typeof id === 'string' ? id : '', position, node: brief, text: texts.join(blockSeparator), blocks };
}

/** The layout of the top-level brief with this id, or null when no brief has it (any more). */
export function findBriefLayout(doc: ProseMirrorNode, briefId: string): BriefTextLayout | null {
  let found: BriefTextLayout | null = null;
  doc.forEach((brief, position) => {
    if (found === null && brief.attrs.id === briefId) found = briefTextLayout(brief, position);
  });
  return found;
}

/** The layout of the top-level brief that holds `position`. */
export function briefLayoutAt(doc: ProseMirrorNode, position: number): BriefTextLayout | null {
  if (position < 0 || position > doc.content.size || doc.childCount === 0) return null;
  const index = Math.min(doc.resolve(position).index(0), doc.childCount - 1);
  let start = 0;
  for (let i = 0; i < index; i += 1) start += doc.child(i).nodeSize;
  return briefTextLayout(doc.child(index), start);
}

function positionInBlock(block: TextblockSpan, offsetInBlock: number): number {
  let position = block.contentStart;
  let remaining = offsetInBlock;
  for (let index = 0; index < block.node.childCount; index += 1) {
    const child = block.node.child(index);
    if (child.isText) {
      const length = child.text?.length ?? 0;
      if (remaining <= length) return position + remaining;
      remaining -= length;
    }
    position += child.nodeSize;
  }
  return position;
}

function offsetInBlock(block: TextblockSpan, position: number): number {
  let offset = 0;
  let at = block.contentStart;
  for (let index = 0; index < block.node.childCount && at < position; index += 1) {
    const child = block.node.child(index);
    if (child.isText) offset += Math.min(child.text?.length ?? 0, position - at);
    at += child.nodeSize;
  }
  return offset;
}

/**
 * The document position of an offset in the brief text. An offset on a separator is the end of the textblock
 * before it; offsets past the text clamp to its end.
 */
export function textOffsetToPosition(layout: BriefTextLayout, offset: number): number {
  const last = layout.blocks.at(-1);
  if (last === undefined) return layout.position + 1;
  const block = layout.blocks.find((candidate) => offset <= candidate.textEnd) ?? last;
  return positionInBlock(block, Math.max(0, Math.min(offset, block.textEnd) - block.textStart));
}

/**
 * The brief-text offset of a document position inside the brief. A position between textblocks (beside a photo,
 * at a brief's edge) counts as the start of the next textblock.
 */
export function positionToTextOffset(layout: BriefTextLayout, position: number): number {
  for (const block of layout.blocks) {
    const contentEnd = block.contentStart + block.node.content.size;
    if (position > contentEnd) continue;
    if (position <= block.contentStart) return block.textStart;
    return block.textStart + offsetInBlock(block, position);
  }
  return layout.text.length;
}

export interface PositionRange {
  from: number;
  to: number;
}

export function textRangeToPositions(layout: BriefTextLayout, range: TextRange): PositionRange {
  return { from: textOffsetToPosition(layout, range.start), to: textOffsetToPosition(layout, range.end) };
}

export function positionsToTextRange(layout: BriefTextLayout, range: PositionRange): TextRange {
  return { start: positionToTextOffset(layout, range.from), end: positionToTextOffset(layout, range.to) };
}
