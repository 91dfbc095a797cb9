import { Extension, type CommandProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { CommentThread, TextCommentTarget } from '@/contract/comment-endpoints';
import { resolveTextAnchor } from '@/services/comment-anchor';
import {
  briefLayoutAt,
  findBriefLayout,
  positionsToTextRange,
  textRangeToPositions,
  type BriefTextLayout,
} from '../lib/brief-text-positions';

/** Fired on the editor's DOM element when a highlight is clicked; the page opens that thread in the panel. */
export const commentHighlightClickEvent = 'bureau:comment-highlight-click';

export interface CommentHighlightClickDetail {
  threadId: string;
}

export function isCommentHighlightClick(event: Event): event is CustomEvent<CommentHighlightClickDetail> {
  if (!(event instanceof CustomEvent)) return false;
  const detail: unknown = event.detail;
  return typeof detail === 'object' && detail !== null && 'threadId' in detail && typeof detail.threadId === 'string';
}

/** Where an open text thread's range is in the document now. */
export interface CommentHighlightRange {
  threadId: string;
  from: number;
  to: number;
}

interface CommentHighlightsState {
  decorations: DecorationSet;
  activeThreadId: string | null;
}

type CommentHighlightsMeta =
  | { kind: 'threads'; threads: readonly CommentThread[]; fresh: boolean }
  | { kind: 'active'; threadId: string | null };

export const commentHighlightsKey = new PluginKey<CommentHighlightsState>('commentHighlights');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    commentHighlights: {
      /**
       * Highlights the open text threads. A thread already highlighted keeps the range it followed while the text
       * was edited; the others are found from their stored anchors (`fresh` finds all of them again, after the
       * whole document was replaced).
       */
      setCommentThreads: (threads: readonly CommentThread[], options?: { fresh?: boolean }) => ReturnType;
      /** Marks one thread's highlight as the one selected in the panel (null: none). */
      setActiveCommentThread: (threadId: string | null) => ReturnType;
    };
  }
}

function highlight(range: CommentHighlightRange, activeThreadId: string | null): Decoration {
  const active = range.threadId === activeThreadId;
  return Decoration.inline(
    range.from,
    range.to,
    { class: active ? 'comment-highlight is-active' : 'comment-highlight', 'data-thread-id': range.threadId },
    { threadId: range.threadId },
  );
}

function threadIdOf(decoration: Decoration): string | null {
  const spec: unknown = decoration.spec;
  if (typeof spec !== 'object' || spec === null || !('threadId' in spec)) return null;
  return typeof spec.threadId === 'string' ? spec.threadId : null;
}

function rangesOf(decorations: DecorationSet): CommentHighlightRange[] {
  return decorations.find().flatMap((decoration) => {
    const threadId = threadIdOf(decoration);
    return threadId === null || decoration.from >= decoration.to ? [] : [{ threadId, from: decoration.from, to: decoration.to }];
  });
}

function isOpenTextThread(thread: CommentThread): thread is CommentThread & { target: TextCommentTarget } {
  return thread.resolved === null && thread.target.kind === 'text';
}

/** Finds each anchor in its brief's current text; a thread whose text is gone gets no highlight. */
function resolveRanges(doc: ProseMirrorNode, threads: readonly (CommentThread & { target: TextCommentTarget })[]): CommentHighlightRange[] {
  const layouts = new Map<string, BriefTextLayout | null>();
  const layoutOf = (briefId: string) => {
    if (!layouts.has(briefId)) layouts.set(briefId, findBriefLayout(doc, briefId));
    return layouts.get(briefId) ?? null;
  };
  return threads.flatMap((thread) => {
    const layout = layoutOf(thread.target.briefId);
    const range = layout === null ? null : resolveTextAnchor(layout.text, thread.target);
    if (layout === null || range === null || range.start >= range.end) return [];
    return [{ threadId: thread.id, ...textRangeToPositions(layout, range) }];
  });
}

function applyMeta(meta: CommentHighlightsMeta, state: CommentHighlightsState, doc: ProseMirrorNode): CommentHighlightsState {
  if (meta.kind === 'active') {
    const ranges = rangesOf(state.decorations);
    return { activeThreadId: meta.threadId, decorations: DecorationSet.create(doc, ranges.map((range) => highlight(range, meta.threadId))) };
  }
  const open = meta.threads.filter(isOpenTextThread);
  const followed = new Map(meta.fresh ? [] : rangesOf(state.decorations).map((range) => [range.threadId, range]));
  const kept = open.flatMap((thread) => {
    const range = followed.get(thread.id);
    return range === undefined ? [] : [range];
  });
  const found = resolveRanges(
    doc,
    open.filter((thread) => !followed.has(thread.id)),
  );
  const decorations = [...kept, ...found].map((range) => highlight(range, state.activeThreadId));
  return { activeThreadId: state.activeThreadId, decorations: DecorationSet.create(doc, decorations) };
}

/**
 * Mapping drops a decoration whose text was replaced, which is also what moving a brief does (the whole document is
 * replaced by the reordered briefs). A dropped range whose brief still reads exactly as before is put back at the
 * same place in that brief; a range whose text really was edited away stays gone.
 */
function restoreMovedRanges(before: CommentHighlightsState, after: DecorationSet, oldDoc: ProseMirrorNode, doc: ProseMirrorNode): DecorationSet {
  const kept = new Set(rangesOf(after).map((range) => range.threadId));
  const lost = rangesOf(before.decorations).filter((range) => !kept.has(range.threadId));
  if (lost.length === 0) return after;
  const restored = lost.flatMap((range) => {
    const old = briefLayoutAt(oldDoc, range.from);
    const now = old === null ? null : findBriefLayout(doc, old.briefId);
    if (old === null || now === null || now.text !== old.text) return [];
    const positions = textRangeToPositions(now, positionsToTextRange(old, range));
    return [highlight({ threadId: range.threadId, ...positions }, before.activeThreadId)];
  });
  return restored.length === 0 ? after : after.add(doc, restored);
}

function isMeta(value: unknown): value is CommentHighlightsMeta {
  return typeof value === 'object' && value !== null && 'kind' in value && (value.kind === 'threads' || value.kind === 'active');
}

function withMeta(tr: Transaction, meta: CommentHighlightsMeta): Transaction {
  return tr.setMeta(commentHighlightsKey, meta).setMeta('addToHistory', false);
}

/** The ranges of the highlighted threads in this state, in document order. */
export function commentHighlightRanges(state: EditorState): CommentHighlightRange[] {
  const plugin = commentHighlightsKey.getState(state);
  return plugin === undefined ? [] : rangesOf(plugin.decorations);
}

/**
 * Highlights the text that open comment threads are about. Comments are not marks in the document: the ranges
 * live in this plugin's state only, as decorations mapped through every transaction, so a highlight follows the
 * text exactly while it is edited and nothing reaches a save, a preview or an export. Added only in the editor.
 */
export const CommentHighlights = Extension.create({
  name: 'commentHighlights',

  addCommands() {
    return {
      setCommentThreads:
        (threads: readonly CommentThread[], options?: { fresh?: boolean }) =>
        ({ tr, dispatch }: CommandProps) => {
          if (dispatch) withMeta(tr, { kind: 'threads', threads, fresh: options?.fresh ?? false });
          return true;
        },
      setActiveCommentThread:
        (threadId: string | null) =>
        ({ tr, dispatch }: CommandProps) => {
          if (dispatch) withMeta(tr, { kind: 'active', threadId });
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<CommentHighlightsState>({
        key: commentHighlightsKey,
        state: {
          init: () => ({ decorations: DecorationSet.empty, activeThreadId: null }),
          apply(tr, value, oldState) {
            const mapped = tr.docChanged
              ? { ...value, decorations: restoreMovedRanges(value, value.decorations.map(tr.mapping, tr.doc), oldState.doc, tr.doc) }
              : value;
            const meta: unknown = tr.getMeta(commentHighlightsKey);
            return isMeta(meta) ? applyMeta(meta, mapped, tr.doc) : mapped;
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations ?? DecorationSet.empty,
          handleDOMEvents: {
            click: (view, event) => {
              const target = event.target instanceof Element ? event.target.closest('.comment-highlight[data-thread-id]') : null;
              const threadId = target?.getAttribute('data-thread-id');
              if (threadId) {
                view.dom.dispatchEvent(new CustomEvent<CommentHighlightClickDetail>(commentHighlightClickEvent, { detail: { threadId } }));
              }
              return false;
            },
          },
        },
      }),
    ];
  },
});
