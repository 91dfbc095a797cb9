import type { Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentTarget, CommentThread } from '@/contract/comment-endpoints';
import { useCurrentUser } from '@/lib/current-user';
import { useCreateCommentThread } from '../../api/create-comment-thread';
import { useCommentThreads } from '../../api/get-comments';
import { usePeople } from '../../api/get-people';
import { commentHighlightRanges } from '../../extensions/comment-highlights';
import { useEditorSelector } from '../../hooks/use-editor-selector';
import type { BriefOutlineItem } from '../../hooks/use-roundup-outline';
import { locateCommentThread, type CommentThreadPlace, type DetachedReason } from '../../lib/comment-thread-place';
import { CommentComposer } from './comment-composer';
import { CommentError } from './comment-error';
import { CommentTargetLabel } from './comment-target-label';
import { CommentThreadCard } from './comment-thread-card';
import { NewThreadControls } from './new-thread-controls';
import '@/lib/locales/lazy/comments';

interface CommentsPanelProps {
  roundupId: string;
  editor: Editor;
  /** The briefs as the outline shows them: the panel groups by them and offers them as targets. */
  briefs: readonly BriefOutlineItem[];
  activeThreadId: string | null;
  onActivate: (threadId: string | null) => void;
  /** The target of the thread being written, if any (the toolbar can start one too). */
  draft: CommentTarget | null;
  onDraftChange: (target: CommentTarget | null) => void;
  /**
   * Runs before a thread is opened: saves unsaved text, so the quote is in the body the server checks it against.
   * False when that failed.
   */
  beforeCreate?: () => Promise<boolean>;
}

interface PlacedThread {
  thread: CommentThread;
  place: CommentThreadPlace;
}

interface BriefGroup {
  briefIndex: number;
  heading: string;
  threads: PlacedThread[];
}

/** The threads that have a highlight now, as one string: equal while typing leaves them alone. */
function highlightedThreadIds(state: EditorState): string {
  return commentHighlightRanges(state)
    .map((range) => range.threadId)
    .join(' ');
}

/** The caption a photo target's photo has now (null when it has none, or the photo is gone). */
function photoCaption(editor: Editor, target: CommentTarget): string | null {
  if (target.kind !== 'photo') return null;
  let caption: string | null = null;
  editor.state.doc.forEach((brief) => {
    if (brief.attrs.id !== target.briefId) return;
    brief.forEach((child) => {
      if (caption === null && child.type.name === 'figure' && child.attrs.photoId === target.photoId) {
        caption = child.firstChild?.textContent.trim() ?? '';
      }
    });
  });
  return caption || null;
}

function reveal(editor: Editor, place: CommentThreadPlace): void {
  const { view } = editor;
  const dom = place.node ? view.nodeDOM(place.from) : view.domAtPos(place.from).node;
  const element = dom instanceof Element ? dom : (dom?.parentElement ?? null);
  element?.scrollIntoView({ block: 'nearest' });
}

/**
 * The comments of a roundup beside the editor: open threads grouped by brief in document order, then the ones whose
 * place is gone; resolved threads on request. Commenting needs no edit lock: whoever can read the roundup can.
 */
export function CommentsPanel({ roundupId, editor, briefs, activeThreadId, onActivate, draft, onDraftChange, beforeCreate }: CommentsPanelProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const threads = useCommentThreads(roundupId);
  const peopleQuery = usePeople();
  const create = useCreateCommentThread();
  const [showResolved, setShowResolved] = useState(false);
  const [createError, setCreateError] = useState<unknown>(null);
  const [saveFirst, setSaveFirst] = useState(false);
  // Re-render when a highlight appears or disappears (a thread's text deleted, or found again), not on every keystroke.
  useEditorSelector(editor, highlightedThreadIds);

  // Opened at a thread (from a notification, or by clicking its highlight): bring its place into view once.
  const revealed = useRef(false);
  useEffect(() => {
    if (revealed.current || activeThreadId === null || threads.data === undefined) return;
    revealed.current = true;
    const thread = threads.data.items.find((item) => item.id === activeThreadId);
    const location = thread === undefined ? null : locateCommentThread(editor.state, thread);
    if (location?.kind === 'placed') reveal(editor, location.place);
  }, [activeThreadId, editor, threads.data]);

  const people = (peopleQuery.data?.items ?? []).filter((person) => person.id !== user.id);
  const all = threads.data?.items ?? [];
  const resolvedCount = all.filter((thread) => thread.resolved !== null).length;
  const visible = showResolved ? all : all.filter((thread) => thread.resolved === null);

  const highlighted = new Map(commentHighlightRanges(editor.state).map((range) => [range.threadId, range]));
  const groups = new Map<number, BriefGroup>();
  const detached: { thread: CommentThread; reason: DetachedReason }[] = [];
  for (const thread of visible) {
    const location = locateCommentThread(editor.state, thread, highlighted);
    if (location.kind === 'detached') {
      detached.push({ thread, reason: location.reason });
      continue;
    }
    const { briefIndex } = location.place;
    const group = groups.get(briefIndex) ?? {
      briefIndex,
      heading: editor.state.doc.child(briefIndex).firstChild?.textContent ?? '',
      threads: [],
    };
    group.threads.push({ thread, place: location.place });
    groups.set(briefIndex, group);
  }
  const ordered = [...groups.values()].sort((a, b) => a.briefIndex - b.briefIndex);
  for (const group of ordered) group.threads.sort((a, b) => a.place.from - b.place.from || a.place.to - b.place.to);

  function activate(thread: CommentThread, place: CommentThreadPlace | null) {
    onActivate(thread.id);
    if (place !== null) reveal(editor, place);
  }

  async function open(target: CommentTarget, body: string, mentions: string[]): Promise<void> {
    setCreateError(null);
    setSaveFirst(false);
    if (beforeCreate !== undefined && !(await beforeCreate())) {
      setSaveFirst(true);
      throw new Error('unsaved changes');
    }
    try {
      const thread = await create.mutateAsync({ roundupId, request: { target, body, mentions } });
      onDraftChange(null);
      onActivate(thread.id);
    } catch (error) {
      setCreateError(error);
      throw error;
    }
  }

  function startDraft(target: CommentTarget) {
    setCreateError(null);
    setSaveFirst(false);
    onDraftChange(target);
  }

  const card = (thread: CommentThread, place: CommentThreadPlace | null, reason: DetachedReason | null) => (
    <li key={thread.id}>
      <CommentThreadCard
        thread={thread}
        detached={reason}
        photoCaption={photoCaption(editor, thread.target)}
        active={thread.id === activeThreadId}
        people={people}
        onActivate={() => activate(thread, place)}
      />
    </li>
  );

  return (
    <section className="comments-panel" aria-labelledby="comments-panel-title">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="comments-panel-title" className="text-base font-semibold text-slate-900">
          {t('comments.title')}
        </h2>
        <button type="button" className="comment-action" aria-pressed={showResolved} onClick={() => setShowResolved((shown) => !shown)}>
          {t('comments.showResolved', { count: resolvedCount })}
        </button>
      </div>
      <NewThreadControls editor={editor} briefs={briefs} onStart={startDraft} />
      {draft !== null && (
        <div className="comment-draft">
          <p className="text-xs font-medium text-slate-700">{t('comments.target.label')}</p>
          <CommentTargetLabel target={draft} photoCaption={photoCaption(editor, draft)} />
          <CommentComposer
            key={JSON.stringify(draft)}
            label={t('comments.composer.label')}
            submitLabel={t('comments.composer.submit')}
            people={people}
            busy={create.isPending}
            autoFocus
            onSubmit={(body, mentions) => open(draft, body, mentions)}
            onCancel={() => onDraftChange(null)}
          />
          {saveFirst && (
            <p role="alert" className="comment-error">
              {t('comments.errors.saveFirst')}
            </p>
          )}
          <CommentError error={createError} />
        </div>
      )}
      {threads.isPending && <p className="text-sm text-slate-600">{t('common.loading')}</p>}
      {threads.isError && (
        <div role="alert" className="comment-error">
          {t('comments.loadFailed')}{' '}
          <button type="button" className="link" onClick={() => void threads.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {threads.isSuccess && visible.length === 0 && (
        <p className="text-sm text-slate-600">{all.length === 0 ? t('comments.empty') : t('comments.emptyOpen')}</p>
      )}
      {ordered.map((group) => (
        <section key={group.briefIndex} className="comment-group" aria-labelledby={`comment-group-${group.briefIndex}`}>
          <h3 id={`comment-group-${group.briefIndex}`} className="comment-group-title">
            {t('comments.briefGroup', { position: group.briefIndex + 1, heading: group.heading || t('comments.untitledBrief') })}
          </h3>
          <ul className="flex flex-col gap-2">{group.threads.map(({ thread, place }) => card(thread, place, null))}</ul>
        </section>
      ))}
      {detached.length > 0 && (
        <section className="comment-group" aria-labelledby="comment-group-detached">
          <h3 id="comment-group-detached" className="comment-group-title">
            {t('comments.detached.title')}
          </h3>
          <ul className="flex flex-col gap-2">{detached.map(({ thread, reason }) => card(thread, null, reason))}</ul>
        </section>
      )}
    </section>
  );
}
