// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommentTarget, CommentThread } from '@/contract/comment-endpoints';
import { roundupExtensions } from '@/schema/extensions';
import { textTargetFor } from '@/services/comment-anchor';
import { sampleBrief } from '../../../../tests/contract/sample-bodies';
import { CommentHighlights } from '../extensions/comment-highlights';
import { findBriefLayout, textRangeToPositions } from './brief-text-positions';
import { movedCommentAnchors } from './moved-comment-anchors';

let editor: Editor;
afterEach(() => editor.destroy());

const paragraph = '북구는 오늘 문화축제를 열었다.';

function thread(id: string, target: CommentTarget, resolved = false): CommentThread {
  const at = '2025-05-01T09:00:00+09:00';
  return {
    id,
    roundupId: 'r-1',
    target,
    comments: [{ id: `${id}-c`, author: { id: 'u-1', name: '신대희', role: 'reporter' }, body: '확인', mentions: [], at }],
    resolved: resolved ? { by: { id: 'u-1', name: '신대희' }, at } : null,
    createdAt: at,
    updatedAt: at,
    revision: 1,
  };
}

function setup() {
  editor = new Editor({ extensions: [...roundupExtensions, CommentHighlights], content: { type: 'doc', content: [sampleBrief('b-1', '소식', paragraph)] } });
}

function text(): string {
  return findBriefLayout(editor.state.doc, 'b-1')!.text;
}

function anchorOn(piece: string) {
  const start = text().indexOf(piece);
  return textTargetFor('b-1', text(), start, start + piece.length);
}

function typeAt(offset: number, inserted: string) {
  const layout = findBriefLayout(editor.state.doc, 'b-1')!;
  editor.commands.insertContentAt(textRangeToPositions(layout, { start: offset, end: offset }).from, inserted);
}

describe('movedCommentAnchors', () => {
  it('reports nothing while every range reads as stored', () => {
    setup();
    const threads = [thread('t-1', anchorOn('문화축제'))];
    editor.commands.setCommentThreads(threads);
    expect(movedCommentAnchors(editor.state, threads)).toEqual([]);
  });

  it('gives the new anchor of a range that moved or whose text was edited', () => {
    setup();
    const threads = [thread('t-moved', anchorOn('문화축제')), thread('t-edited', anchorOn('열었다'))];
    editor.commands.setCommentThreads(threads);
    typeAt(0, '[속보] ');
    typeAt(text().indexOf('었다'), '성대히 ');
    const moved = movedCommentAnchors(editor.state, threads);
    expect(moved).toEqual([
      { threadId: 't-moved', target: anchorOn('문화축제') },
      { threadId: 't-edited', target: anchorOn('열성대히 었다') },
    ]);
    expect(moved[0]?.target.start).toBe('소식\n[속보] 북구는 오늘 '.length);
  });

  it('leaves resolved threads, other targets and vanished ranges alone', () => {
    setup();
    const quote = anchorOn('문화축제');
    const threads = [thread('t-gone', quote), thread('t-brief', { kind: 'brief', briefId: 'b-1' }), thread('t-done', anchorOn('열었다'), true)];
    editor.commands.setCommentThreads(threads);
    typeAt(0, '[속보] ');
    const start = textRangeToPositions(findBriefLayout(editor.state.doc, 'b-1')!, { start: text().indexOf('문화축제'), end: 0 }).from;
    editor.commands.deleteRange({ from: start, to: start + 4 });
    expect(movedCommentAnchors(editor.state, threads)).toEqual([]);
  });
});
