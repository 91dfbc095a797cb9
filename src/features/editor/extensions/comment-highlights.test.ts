// @vitest-environment jsdom
import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommentTarget, CommentThread } from '@/contract/comment-endpoints';
import { roundupExtensions } from '@/schema/extensions';
import { briefText, resolveTextAnchor, textTargetFor } from '@/services/comment-anchor';
import { sampleBrief } from '../../../../tests/contract/sample-bodies';
import { findBriefLayout, textRangeToPositions } from '../lib/brief-text-positions';
import {
  commentHighlightClickEvent,
  commentHighlightRanges,
  CommentHighlights,
  isCommentHighlightClick,
} from './comment-highlights';

let editor: Editor;
afterEach(() => editor.destroy());

const paragraph = '광산구는 오늘 청소년 문화축제를 열었다고 밝혔다.';
const quote = '청소년 문화축제';

function body(): JSONContent {
  return { type: 'doc', content: [sampleBrief('b-1', '첫째 소식', '다른 이야기'), sampleBrief('b-2', '광산구 소식', paragraph)] };
}

function thread(id: string, target: CommentTarget, resolved = false): CommentThread {
  const at = '2025-05-01T09:00:00+09:00';
  return {
    id,
    roundupId: 'r-1',
    target,
    comments: [{ id: `${id}-c1`, author: { id: 'u-desk', name: '김데스크', role: 'desk' }, body: '확인 바랍니다', mentions: [], at }],
    resolved: resolved ? { by: { id: 'u-desk', name: '김데스크' }, at } : null,
    createdAt: at,
    updatedAt: at,
    revision: 1,
  };
}

function setup(content: JSONContent = body()) {
  editor = new Editor({ extensions: [...roundupExtensions, CommentHighlights], content });
}

function currentText(briefId = 'b-2'): string {
  return findBriefLayout(editor.state.doc, briefId)?.text ?? '';
}

/** The anchor the server would store for `piece` as it reads in the brief now. */
function anchorOn(piece: string, briefId = 'b-2') {
  const text = currentText(briefId);
  const start = text.indexOf(piece);
  return textTargetFor(briefId, text, start, start + piece.length);
}

function highlightedText(): string[] {
  return commentHighlightRanges(editor.state).map((range) => editor.state.doc.textBetween(range.from, range.to, '\n'));
}

function renderedHighlights(): string {
  return Array.from(editor.view.dom.querySelectorAll('.comment-highlight'))
    .map((element) => element.textContent)
    .join('');
}

/** A document position inside brief b-2's text, from an offset in that text. */
function positionAt(offset: number): number {
  const layout = findBriefLayout(editor.state.doc, 'b-2')!;
  return textRangeToPositions(layout, { start: offset, end: offset }).from;
}

function type(offset: number, text: string) {
  editor.commands.insertContentAt(positionAt(offset), text);
}

/** Reopening the editor: the highlight is found again from the stored anchor in the saved text. */
function reopened(stored: ReturnType<typeof anchorOn>): string | null {
  const saved = editor.getJSON().content?.find((node) => node.attrs?.id === 'b-2');
  const text = briefText(saved ?? {});
  const range = resolveTextAnchor(text, stored);
  return range === null ? null : text.slice(range.start, range.end);
}

describe('comment highlights', () => {
  it('highlights the quoted text of open text threads only', () => {
    setup();
    editor.commands.setCommentThreads([
      thread('t-open', anchorOn(quote)),
      thread('t-resolved', anchorOn('광산구는'), true),
      thread('t-brief', { kind: 'brief', briefId: 'b-2' }),
    ]);
    expect(highlightedText()).toEqual([quote]);
    const element = editor.view.dom.querySelector('.comment-highlight');
    expect(element?.getAttribute('data-thread-id')).toBe('t-open');
    expect(renderedHighlights()).toBe(quote);
  });

  describe('anchoring survives edits before, inside and after the commented range', () => {
    it('(a) typing before the range moves the highlight with the text', () => {
      setup();
      const stored = anchorOn(quote);
      editor.commands.setCommentThreads([thread('t-1', stored)]);
      type(0, '[속보] ');
      editor.commands.insertContentAt(positionAt(currentText().indexOf('오늘')), '어제와 ');
      expect(highlightedText()).toEqual([quote]);
      expect(renderedHighlights()).toBe(quote);
      expect(reopened(stored)).toBe(quote);
    });

    it('(b) typing inside the range keeps the highlight over the edited text', () => {
      setup();
      const stored = anchorOn(quote);
      editor.commands.setCommentThreads([thread('t-1', stored)]);
      type(currentText().indexOf('문화축제'), '여름 ');
      expect(highlightedText()).toEqual(['청소년 여름 문화축제']);
      expect(renderedHighlights()).toBe('청소년 여름 문화축제');
      expect(reopened(stored)).toBe('청소년 여름 문화축제');
    });

    it('(c) typing after the range, even right at its end, leaves the highlight as it was', () => {
      setup();
      const stored = anchorOn(quote);
      editor.commands.setCommentThreads([thread('t-1', stored)]);
      const end = currentText().indexOf(quote) + quote.length;
      type(end, '를 비롯한 행사');
      type(currentText().length, ' 끝.');
      expect(highlightedText()).toEqual([quote]);
      expect(renderedHighlights()).toBe(quote);
      expect(reopened(stored)).toBe(quote);
    });

    it('follows its brief when briefs are reordered', () => {
      setup();
      editor.commands.setCommentThreads([thread('t-1', anchorOn(quote))]);
      editor.commands.moveBriefTo(1, 0);
      expect(highlightedText()).toEqual([quote]);
    });

    it('drops the highlight when the commented text is deleted', () => {
      setup();
      const stored = anchorOn(quote);
      editor.commands.setCommentThreads([thread('t-1', stored)]);
      const start = positionAt(currentText().indexOf(quote));
      editor.commands.deleteRange({ from: start, to: start + quote.length });
      expect(highlightedText()).toEqual([]);
      expect(reopened(stored)).toBeNull();
    });
  });

  it('keeps the range it followed when the threads are set again, and finds them all again when fresh', () => {
    setup();
    const stored = anchorOn(quote);
    editor.commands.setCommentThreads([thread('t-1', stored)]);
    type(currentText().indexOf('문화축제'), '여름 ');
    editor.commands.setCommentThreads([thread('t-1', stored)]);
    expect(highlightedText()).toEqual(['청소년 여름 문화축제']);
    editor.commands.setContent(body());
    expect(highlightedText()).toEqual([]);
    editor.commands.setCommentThreads([thread('t-1', stored)], { fresh: true });
    expect(highlightedText()).toEqual([quote]);
  });

  it('spans textblocks and finds a thread in the right brief', () => {
    setup();
    const heading = anchorOn('소식\n광산구', 'b-2');
    editor.commands.setCommentThreads([thread('t-1', heading)]);
    expect(highlightedText()).toEqual(['소식\n광산구']);
  });

  it('marks the active thread and reports clicks on a highlight', () => {
    setup();
    editor.commands.setCommentThreads([thread('t-1', anchorOn(quote)), thread('t-2', anchorOn('밝혔다'))]);
    editor.commands.setActiveCommentThread('t-2');
    const active = editor.view.dom.querySelector('.comment-highlight.is-active');
    expect(active?.getAttribute('data-thread-id')).toBe('t-2');
    expect(editor.view.dom.querySelectorAll('.comment-highlight.is-active')).toHaveLength(1);

    const clicked: string[] = [];
    editor.view.dom.addEventListener(commentHighlightClickEvent, (event) => {
      if (isCommentHighlightClick(event)) clicked.push(event.detail.threadId);
    });
    editor.view.dom.querySelector('[data-thread-id="t-1"]')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(clicked).toEqual(['t-1']);
  });

  it('never writes anything into the document', () => {
    setup();
    const before = JSON.stringify(editor.getJSON());
    editor.commands.setCommentThreads([thread('t-1', anchorOn(quote))]);
    editor.commands.setActiveCommentThread('t-1');
    expect(JSON.stringify(editor.getJSON())).toBe(before);
    expect(editor.getHTML()).not.toContain('comment-highlight');
  });
});
