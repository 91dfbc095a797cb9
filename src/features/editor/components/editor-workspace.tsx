import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from '@/lib/router';
import type { EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { CommentTarget } from '@/contract/comment-endpoints';
import { roundupMetadataSchema } from '@/schema/roundup-metadata';
import type { Roundup } from '@/schema/roundup';
import { isAllowed } from '@/services/access-rules';
import { useCurrentUser } from '@/lib/current-user';
import { queryKeys } from '@/lib/query-keys';
import { useToast } from '@/components/ui/use-toast';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { ErrorNotice } from '@/components/ui/error-notice';
import { lazyDialogFallback } from '@/components/ui/lazy-dialog-fallback';
import { onBeforeReload } from '@/lib/before-reload';
import { preloadableLazy } from '@/lib/preloadable-lazy';
import { useNumberFormat } from '@/lib/use-number-format';
import { useDescribeApiError } from '@/lib/use-describe-api-error';
import { createEditorExtensions } from '../editor-extensions';
import { photoFilesEvent, type PhotoFilesDetail } from '../extensions/photo-paste-drop';
import { useAutosave } from '../hooks/use-autosave';
import { useTiptapEditor } from '../hooks/use-tiptap-editor';
import { readRestorableJournal, useLocalJournal } from '../hooks/use-local-journal';
import { usePhotoInsertion } from '../hooks/use-photo-insertion';
import { useBriefLimit } from '../hooks/use-brief-limit';
import { useRoundupOutline } from '../hooks/use-roundup-outline';
import { useBriefMoveAnnouncement } from '../hooks/use-brief-move-announcement';
import { useReviewActions } from '../hooks/use-review-actions';
import { useEditLock } from '../hooks/use-edit-lock';
import { holdsPen } from '../lib/holds-pen';
import { selectionTextTarget } from '../lib/selection-comment-target';
import { roundupQueryOptions } from '../api/get-roundup';
import { useCommentThreads } from '../api/get-comments';
import { useCommentAnchorSync } from '../hooks/use-comment-anchor-sync';
import { useCommentHighlights } from '../hooks/use-comment-highlights';
import { reviewOf } from '@/services/workflow-actions';
import type { SaveSnapshot } from '../lib/autosave-controller';
import { BriefBaseline, documentJson } from '../lib/brief-baseline';
import { BriefOutline } from './brief-outline';
import { BriefReview } from './review/brief-review';
import { ReviewBar } from './review/review-bar';
import { ReviewHistory } from './review/review-history';
import { ConflictBanner } from './conflict-banner';
import { EditorContent } from './editor-content';
import { LockBanner } from './lock-banner';
import { EditorToolbar } from './editor-toolbar';
import { ExportMenu } from './export-menu';
import { MetadataForm, type MetadataDraft } from './metadata-form';
import { PhotoUploadProgress } from './photo-upload-progress';
import { SaveStatus } from './save-status';

const PreviewPane = preloadableLazy(() => import('./preview-pane').then((module) => module.default));
// Side panels load when first opened: most sessions are spent typing.
const CommentsPanel = preloadableLazy(() => import('./comments/comments-panel').then((module) => module.CommentsPanel));
// Dialogs load when first opened.
const LinkDialog = preloadableLazy(() => import('./link-dialog').then((module) => module.LinkDialog));
const ActionDialog = preloadableLazy(() => import('./review/action-dialog').then((module) => module.ActionDialog));
const HistoryPanel = preloadableLazy(() => import('./history/history-panel').then((module) => module.HistoryPanel));

/** A side panel whose code failed to load (after a deploy) shows a notice in its place; the editor goes on. */
function panelFallback(panel: { retry: () => void }) {
  return function PanelFallback(error: unknown, reset: () => void) {
    return (
      <ErrorNotice
        error={error}
        scope="panel"
        onReset={() => {
          panel.retry();
          reset();
        }}
      />
    );
  };
}

/** A dialog that failed to load says so at the bottom of the screen; closing it leaves the editor as it was. */
const linkShortcutEvent = 'bureau:link-shortcut';

/** Ctrl/⌘+K asks for the link dialog; the workspace listens (the handler is built once, outside React state). */
function openLinkOnShortcut(view: EditorView, event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'k' || event.isComposing) return false;
  event.preventDefault();
  view.dom.dispatchEvent(new CustomEvent(linkShortcutEvent));
  return true;
}

function isPhotoFilesDetail(value: unknown): value is PhotoFilesDetail {
  return typeof value === 'object' && value !== null && 'files' in value && Array.isArray(value.files);
}

/** What the right-hand column shows, one at a time. */
type SidePanel = 'preview' | 'comments' | 'history';

interface EditorWorkspaceProps {
  roundup: Roundup;
}

/** The reporter's desk: metadata, the body editor, brief outline with counts, autosave and the live preview. */
export function EditorWorkspace({ roundup }: EditorWorkspaceProps) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeApiError();
  const formatNumber = useNumberFormat();
  const toast = useToast();
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const mayEdit = isAllowed(user, 'edit', roundup);
  const pen = holdsPen(user, roundup);
  const readOnlyReason =
    user.role === 'designer'
      ? t('auth.readOnlyDesigner')
      : mayEdit
        ? t('lock.notYourStage')
        : roundup.ownerId !== user.id
          ? t('auth.readOnlyNotYours')
          : t('auth.readOnlyWithDesk');
  const [restored] = useState(() => {
    const journal = readRestorableJournal(roundup.id);
    if (journal === null) return null;
    const differs =
      JSON.stringify(journal.body) !== JSON.stringify(roundup.body) ||
      JSON.stringify(journal.meta) !== JSON.stringify(roundup.meta);
    return differs ? journal : null;
  });
  const [meta, setMeta] = useState<MetadataDraft>(restored?.meta ?? roundup.meta);
  const lastValidMeta = useRef(restored?.meta ?? roundup.meta);
  // A notification links to `?comment=<thread>`: open the comments at that thread.
  const [searchParams] = useSearchParams();
  const linkedThread = searchParams.get('comment');
  const [panel, setPanel] = useState<SidePanel | null>(linkedThread === null ? null : 'comments');
  const [activeThreadId, setActiveThreadId] = useState<string | null>(linkedThread);
  const [followedLink, setFollowedLink] = useState(linkedThread);
  if (linkedThread !== followedLink) {
    setFollowedLink(linkedThread);
    if (linkedThread !== null) {
      setPanel('comments');
      setActiveThreadId(linkedThread);
    }
  }
  const [commentDraft, setCommentDraft] = useState<CommentTarget | null>(null);
  const togglePanel = (next: SidePanel) => setPanel((open) => (open === next ? null : next));
  const [linkOpen, setLinkOpen] = useState(false);
  const [limit, setLimit] = useBriefLimit();
  const extensions = useMemo(() => createEditorExtensions({ i18n }), [i18n]);

  // The editor takes new editorProps by identity, and each costs a view update: keep them stable so a re-render of
  // this component does not touch ProseMirror. Editability is set below once the editor exists (lock, restore).
  const [initialContent] = useState(() => restored?.body ?? roundup.body);
  const [initiallyEditable] = useState(pen);
  const bodyLabel = t('editor.bodyLabel');
  const editorProps = useMemo(
    () => ({
      attributes: { class: 'roundup-editor', 'aria-label': bodyLabel, 'aria-multiline': 'true', role: 'textbox', lang: 'ko' },
      handleKeyDown: openLinkOnShortcut,
    }),
    [bodyLabel],
  );

  const editor = useTiptapEditor({ extensions, editable: initiallyEditable, content: initialContent, editorProps });

  // What the server holds at the base version, for partial saves. Unknown when the content came from the journal.
  const [baseline] = useState(() => {
    const known = new BriefBaseline();
    if (restored === null) known.reset(editor.state.doc, roundup.meta);
    return known;
  });

  const comments = useCommentThreads(roundup.id);
  const openThreads = comments.data?.items.filter((thread) => thread.resolved === null).length ?? 0;
  const highlights = useCommentHighlights(editor, {
    threads: comments.data?.items,
    activeThreadId,
    onSelect: (threadId) => {
      setPanel('comments');
      setActiveThreadId(threadId);
    },
  });
  const syncCommentAnchors = useCommentAnchorSync(roundup.id);
  // The editor state a save was taken from: comment anchors are moved against the text the server now holds.
  const savedEditorState = useRef<EditorState | null>(null);

  const snapshot = useCallback((): SaveSnapshot => {
    const state = editor.state;
    const doc = state.doc;
    const savedMeta = lastValidMeta.current;
    return {
      draft: baseline.diff(doc, savedMeta),
      content: { meta: savedMeta, body: documentJson(doc) },
      accept: () => {
        baseline.reset(doc, savedMeta);
        savedEditorState.current = state;
      },
    };
  }, [baseline, editor]);

  const journalSnapshot = useCallback(
    () => ({ meta: lastValidMeta.current, doc: editor.state.doc }),
    [editor],
  );

  // The version on the server as far as this tab knows: the revision list is fetched again when it moves.
  const [savedVersion, setSavedVersion] = useState(restored?.baseVersion ?? roundup.version);
  const { state: saveState, controller: autosave } = useAutosave({
    roundup,
    baseVersion: restored?.baseVersion ?? roundup.version,
    snapshot,
    onSaved: (saved) => {
      setSavedVersion(saved.version);
      if (!autosave.hasUnsavedChanges()) journalApi.clear();
      if (savedEditorState.current !== null) syncCommentAnchors(savedEditorState.current);
      const reopened = saved.reopenedBriefIds ?? [];
      if (reopened.length > 0) {
        const order = editor.state.doc.children.map((child) => String(child.attrs.id));
        const positions = reopened.map((id) => order.indexOf(id) + 1).filter((position) => position > 0);
        toast.show({ message: t('review.reopened', { positions: positions.join(', ') }), durationMs: 0 });
      }
    },
  });
  const journalApi = useLocalJournal({
    roundupId: roundup.id,
    snapshot: journalSnapshot,
    baseVersion: () => autosave.baseVersion(),
    hasUnsavedChanges: () => autosave.hasUnsavedChanges(),
  });
  const { schedule: scheduleJournal } = journalApi;
  // An error screen's "reload" first lets autosave send what it can (the journal has the rest, and is restored).
  useEffect(() => onBeforeReload(() => autosave.flush()), [autosave]);

  const { insertFiles, uploads } = usePhotoInsertion(editor);

  useEffect(() => {
    const dom = editor.view.dom;
    function received(event: Event) {
      if (event instanceof CustomEvent && isPhotoFilesDetail(event.detail)) {
        void insertFiles(event.detail.files, event.detail.position);
      }
    }
    const openLink = () => setLinkOpen(true);
    dom.addEventListener(photoFilesEvent, received);
    dom.addEventListener(linkShortcutEvent, openLink);
    return () => {
      dom.removeEventListener(photoFilesEvent, received);
      dom.removeEventListener(linkShortcutEvent, openLink);
    };
  }, [editor, insertFiles]);

  const outline = useRoundupOutline(editor);
  const briefMove = useBriefMoveAnnouncement(editor);
  const review = useReviewActions(roundup, user, autosave);
  function loadTheirs(current: Roundup) {
    editor.commands.setContent(current.body, { emitUpdate: false });
    highlights.refresh();
    baseline.reset(editor.state.doc, current.meta);
    setMeta(current.meta);
    lastValidMeta.current = current.meta;
    autosave.acceptServerVersion(current);
    setSavedVersion(current.version);
    journalApi.clear();
    // Reopening the roundup must show their version too, not the one the editor just dropped.
    queryClient.setQueryData(queryKeys.roundups.detail(current.id), current);
  }

  // This tab took over from someone: show what they saved (nothing was typed here while it was read-only).
  async function reloadAfterTakeover() {
    const fresh = await queryClient.fetchQuery({ ...roundupQueryOptions(roundup.id), staleTime: 0 });
    loadTheirs(fresh);
  }

  // The outline's entries are memoised: its review column must keep its identity while typing.
  const showBriefReviews = roundup.status !== 'draft' || Object.keys(roundup.workflow.briefReviews).length > 0;
  const reviewActions = useRef(review);
  useLayoutEffect(() => {
    reviewActions.current = review;
  });
  const { workflow } = roundup;
  const { canJudgeBriefs } = review;
  const reviewBusy = review.busy !== null;
  const renderBriefReview = useCallback(
    (briefId: string, index: number) => (
      <BriefReview
        review={reviewOf(workflow, briefId)}
        position={index + 1}
        canJudge={canJudgeBriefs}
        busy={reviewBusy}
        onApprove={() => reviewActions.current.approveBrief(briefId)}
        onReturn={() => reviewActions.current.returnBrief(briefId, index + 1)}
      />
    ),
    [workflow, canJudgeBriefs, reviewBusy],
  );

  const lock = useEditLock(roundup.id, pen, autosave, () => void reloadAfterTakeover());
  const holdsLock = pen && lock.state.kind !== 'locked' && lock.state.kind !== 'handedOver';
  // While a restore is on its way, typing would be lost when the restored version loads: the editor waits.
  const [restoring, setRestoring] = useState(false);
  const editable = holdsLock && !restoring;

  function takeOver() {
    lock.requestTakeover().catch((error: unknown) =>
      toast.show({ tone: 'error', message: t('lock.takeOverFailed', { message: describeError(error) }) }),
    );
  }

  // The status decides who may edit: submitting hands the text to the desk, a return hands it back.
  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  useEffect(() => {
    function changed() {
      autosave.markDirty();
      scheduleJournal();
    }
    editor.on('update', changed);
    return () => {
      editor.off('update', changed);
    };
  }, [autosave, editor, scheduleJournal]);

  useEffect(() => {
    if (restored === null) return;
    autosave.markDirty();
    toast.show({ message: t('journal.restored') });
    // Only once, for the journal found when the editor opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    function warn(event: BeforeUnloadEvent) {
      if (autosave.hasUnsavedChanges()) event.preventDefault();
    }
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [autosave]);

  function changeMeta(next: MetadataDraft) {
    setMeta(next);
    const parsed = roundupMetadataSchema.safeParse(next);
    if (parsed.success) {
      lastValidMeta.current = parsed.data;
      autosave.markDirty();
      scheduleJournal();
    }
  }

  function deleteBrief() {
    editor.chain().focus().deleteBrief().run();
    toast.show({
      message: t('brief.deleted'),
      action: { label: t('common.undo'), run: () => editor.chain().focus().undo().run() },
    });
  }


  // A restore replaces what the editor shows, so whatever was typed must be saved first and be the restore's base.
  async function prepareRestore(): Promise<number> {
    setRestoring(true);
    editor.setEditable(false, false);
    const settled = await autosave.flush();
    if (settled.kind === 'conflict') throw new Error(t('history.saveConflictFirst'));
    if (settled.kind !== 'saved') throw new Error(t('history.unsavedFirst'));
    return autosave.baseVersion();
  }

  function restoredFromHistory(current: Roundup) {
    if (current.version === autosave.baseVersion()) {
      toast.show({ message: t('history.alreadyThere') });
      return;
    }
    loadTheirs(current);
    toast.show({ tone: 'success', message: t('history.restored', { version: current.version }) });
  }

  function commentOnSelection() {
    const found = selectionTextTarget(editor.state);
    if (found.kind !== 'ready') return;
    setCommentDraft(found.target);
    setPanel('comments');
  }

  // Comments need no edit lock; but a new thread's quote must be in the saved text, so unsaved text is saved first.
  async function saveBeforeComment(): Promise<boolean> {
    if (!autosave.hasUnsavedChanges()) return true;
    const settled = await autosave.flush();
    return settled.kind === 'saved';
  }

  function keepMine() {
    // The server's version is not what the editor was based on: save the whole document over it.
    baseline.clear();
    autosave.overwrite();
  }

  const title = meta.headline.trim() || t('editor.untitled');

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="editor-header">
        <Link to="/" className="link text-sm">
          ← {t('nav.roundups')}
        </Link>
        <h1 className="min-w-0 flex-1 truncate text-lg font-semibold" title={title}>
          {meta.kicker && <span className="mr-1 text-slate-600">[{meta.kicker}]</span>}
          {title}
        </h1>
        <PhotoUploadProgress uploads={uploads} />
        {editable && <SaveStatus state={saveState} onRetry={() => autosave.saveNow()} />}
        <ExportMenu roundupId={roundup.id} flush={() => autosave.flush()} />
        <button
          type="button"
          className="btn-secondary"
          aria-expanded={panel === 'comments'}
          aria-controls="comments-pane"
          onClick={() => togglePanel('comments')}
        >
          {t('panels.comments')}
          {openThreads > 0 && (
            <span className="comment-count" aria-label={t('comments.openCount', { count: openThreads })}>
              {formatNumber(openThreads)}
            </span>
          )}
        </button>
        <button
          type="button"
          className="btn-secondary"
          aria-expanded={panel === 'history'}
          aria-controls="history-pane"
          onClick={() => togglePanel('history')}
        >
          {t('panels.history')}
        </button>
        <button
          type="button"
          className="btn-secondary"
          aria-expanded={panel === 'preview'}
          aria-controls="preview-pane"
          onClick={() => togglePanel('preview')}
        >
          {panel === 'preview' ? t('preview.hide') : t('preview.show')}
        </button>
      </div>
      <div className={`editor-columns${panel === null ? '' : ' with-preview'}`}>
        <aside className="editor-outline" aria-label={t('outline.label')}>
          <BriefOutline
            editor={editor}
            outline={outline}
            limit={limit}
            onLimitChange={setLimit}
            renderBriefExtra={showBriefReviews ? renderBriefReview : undefined}
          />
          <ReviewHistory
            roundupId={roundup.id}
            positionOf={(briefId) => {
              const index = outline.briefs.findIndex((brief) => brief.id === briefId);
              return index < 0 ? null : index + 1;
            }}
          />
        </aside>
        <div className="editor-main">
          <ReviewBar roundup={roundup} available={review.available} busy={review.busy} onAction={review.start} />
          {saveState.kind === 'conflict' && (
            <ConflictBanner
              current={saveState.current}
              onKeepMine={keepMine}
              onLoadTheirs={() => loadTheirs(saveState.current)}
            />
          )}
          {saveState.kind === 'error' && (
            <div role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
              {t('save.rejected', { message: describeError(saveState.error) })}
            </div>
          )}
          <LockBanner state={lock.state} onTakeover={takeOver} />
          {!editable && lock.state.kind !== 'locked' && lock.state.kind !== 'handedOver' && (
            <p role="note" className="mb-4 rounded-md border border-slate-300 bg-slate-100 p-3 text-sm text-slate-800">
              {t('auth.readOnly', { reason: readOnlyReason })}
            </p>
          )}
          <MetadataForm value={meta} onChange={changeMeta} disabled={!editable} />
          {editable && (
            <div className="editor-toolbar-sticky">
              <EditorToolbar
                editor={editor}
                onLink={() => setLinkOpen(true)}
                onFiles={(files) => void insertFiles(files, null)}
                onDeleteBrief={deleteBrief}
                onComment={commentOnSelection}
              />
            </div>
          )}
          <div
            className={`editor-surface${editable ? '' : ' is-read-only'}`}
            style={{
              ['--label-caption' as string]: JSON.stringify(t('figure.captionLabel')),
              ['--label-credit' as string]: JSON.stringify(t('figure.creditLabel')),
            }}
          >
            <EditorContent editor={editor} />
          </div>
          <div role="status" className="sr-only">
            {briefMove !== null && <span key={briefMove.sequence}>{briefMove.text}</span>}
          </div>
          <p className="mt-3 text-xs text-slate-600">{t('editor.shortcuts')}</p>
        </div>
        {panel === 'preview' && (
          <aside id="preview-pane" className="editor-preview" aria-label={t('preview.label')}>
            <ErrorBoundary fallback={panelFallback(PreviewPane)}>
              <Suspense fallback={<p className="p-4 text-sm">{t('common.loading')}</p>}>
                <PreviewPane editor={editor} meta={meta} roundup={roundup} />
              </Suspense>
            </ErrorBoundary>
          </aside>
        )}
        {panel === 'comments' && (
          <aside id="comments-pane" className="editor-side-panel" aria-label={t('panels.comments')}>
            <ErrorBoundary fallback={panelFallback(CommentsPanel)}>
              <Suspense fallback={<p className="text-sm">{t('common.loading')}</p>}>
                <CommentsPanel
                  roundupId={roundup.id}
                  editor={editor}
                  briefs={outline.briefs}
                  activeThreadId={activeThreadId}
                  onActivate={setActiveThreadId}
                  draft={commentDraft}
                  onDraftChange={setCommentDraft}
                  beforeCreate={saveBeforeComment}
                />
              </Suspense>
            </ErrorBoundary>
          </aside>
        )}
        {panel === 'history' && (
          <aside id="history-pane" className="editor-side-panel" aria-label={t('panels.history')}>
            <ErrorBoundary fallback={panelFallback(HistoryPanel)}>
              <Suspense fallback={<p className="text-sm">{t('common.loading')}</p>}>
                <HistoryPanel
                  roundupId={roundup.id}
                  currentVersion={savedVersion}
                  canRestore={holdsLock}
                  prepareRestore={prepareRestore}
                  onRestored={restoredFromHistory}
                  onRestoreSettled={() => setRestoring(false)}
                />
              </Suspense>
            </ErrorBoundary>
          </aside>
        )}
      </div>
      {linkOpen && (
        <ErrorBoundary fallback={lazyDialogFallback(LinkDialog, () => setLinkOpen(false), t('errorBoundary.close'))}>
          <Suspense fallback={null}>
            <LinkDialog editor={editor} open={linkOpen} onClose={() => setLinkOpen(false)} />
          </Suspense>
        </ErrorBoundary>
      )}
      {review.dialog !== null && (
        <ErrorBoundary fallback={lazyDialogFallback(ActionDialog, review.closeDialog, t('errorBoundary.close'))}>
          <Suspense fallback={null}>
            <ActionDialog request={review.dialog} onClose={review.closeDialog} />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}
