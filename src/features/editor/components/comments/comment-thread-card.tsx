import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentThread } from '@/contract/comment-endpoints';
import { useCurrentUser } from '@/lib/current-user';
import { formatDateTime } from '@/lib/kst-datetime';
import { useDeleteCommentThread } from '../../api/delete-comment-thread';
import { useReplyToComment } from '../../api/reply-to-comment';
import { useResolveCommentThread } from '../../api/resolve-comment-thread';
import type { DetachedReason } from '../../lib/comment-thread-place';
import { CommentBody } from './comment-body';
import { CommentComposer, type MentionablePerson } from './comment-composer';
import { CommentError } from './comment-error';
import { CommentTargetLabel } from './comment-target-label';
import '@/lib/locales/lazy/comments';

interface CommentThreadCardProps {
  thread: CommentThread;
  /** Why the thread has no place in the text any more; null while it has one. */
  detached: DetachedReason | null;
  photoCaption: string | null;
  active: boolean;
  people: readonly MentionablePerson[];
  onActivate: () => void;
}

/** One thread: what it is about, its comments, and replying, resolving, reopening and deleting it. */
export function CommentThreadCard({ thread, detached, photoCaption, active, people, onActivate }: CommentThreadCardProps) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const reply = useReplyToComment();
  const resolve = useResolveCommentThread();
  const remove = useDeleteCommentThread();
  const [replying, setReplying] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const card = useRef<HTMLElement>(null);
  useEffect(() => {
    if (active) card.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const opener = thread.comments[0]!.author;
  const mayDelete = opener.id === user.id || user.role === 'admin';
  const ids = { roundupId: thread.roundupId, threadId: thread.id };
  const busy = reply.isPending || resolve.isPending || remove.isPending;

  async function run(action: () => Promise<unknown>): Promise<void> {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failure);
      throw failure;
    }
  }

  return (
    <article
      ref={card}
      className={`comment-thread${active ? ' is-active' : ''}${thread.resolved === null ? '' : ' is-resolved'}`}
      aria-label={t('comments.thread', { name: opener.name })}
      aria-current={active ? 'true' : undefined}
    >
      <button type="button" className="comment-thread-target" title={t('comments.show')} onClick={onActivate}>
        <span className="sr-only">{t('comments.target.label')}: </span>
        <CommentTargetLabel target={thread.target} photoCaption={photoCaption} />
      </button>
      {detached !== null && (
        <p className="comment-detached-note">
          {detached === 'text' ? t('comments.detached.text') : detached === 'brief' ? t('comments.detached.brief') : t('comments.detached.photo')}
        </p>
      )}
      <ol className="comment-list">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="comment">
            <p className="comment-meta">
              <strong className="text-slate-900">{comment.author.name}</strong>
              <span>{t(`role.${comment.author.role}`)}</span>
              <time dateTime={comment.at}>{formatDateTime(comment.at, i18n.language)}</time>
            </p>
            <CommentBody comment={comment} />
          </li>
        ))}
      </ol>
      {thread.resolved !== null && (
        <p className="comment-resolved-note">
          {t('comments.resolved', { name: thread.resolved.by.name, time: formatDateTime(thread.resolved.at, i18n.language) })}
        </p>
      )}
      {confirmingDelete ? (
        <div className="comment-actions" role="group" aria-label={t('comments.deleteConfirm')}>
          <span className="text-sm text-slate-800">{t('comments.deleteConfirm')}</span>
          <button
            type="button"
            className="btn-danger-quiet"
            disabled={busy}
            onClick={() => void run(() => remove.mutateAsync(ids)).catch(() => setConfirmingDelete(false))}
          >
            {t('comments.delete')}
          </button>
          <button type="button" className="comment-action" onClick={() => setConfirmingDelete(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <div className="comment-actions">
          <button type="button" className="comment-action" aria-expanded={replying} onClick={() => setReplying((open) => !open)}>
            {t('comments.reply')}
          </button>
          <button
            type="button"
            className="comment-action"
            disabled={busy}
            onClick={() => void run(() => resolve.mutateAsync({ ...ids, resolved: thread.resolved === null })).catch(() => undefined)}
          >
            {thread.resolved === null ? t('comments.resolve') : t('comments.reopen')}
          </button>
          {mayDelete && (
            <button type="button" className="comment-action is-danger" disabled={busy} onClick={() => setConfirmingDelete(true)}>
              {t('comments.delete')}
            </button>
          )}
        </div>
      )}
      {replying && (
        <CommentComposer
          label={t('comments.composer.replyLabel')}
          submitLabel={t('comments.composer.send')}
          people={people}
          busy={reply.isPending}
          autoFocus
          onSubmit={(body, mentions) => run(() => reply.mutateAsync({ ...ids, request: { body, mentions } })).then(() => setReplying(false))}
          onCancel={() => setReplying(false)}
        />
      )}
      <CommentError error={error} />
    </article>
  );
}
