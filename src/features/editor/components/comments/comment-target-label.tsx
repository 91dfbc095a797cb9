import { useTranslation } from 'react-i18next';
import type { CommentTarget } from '@/contract/comment-endpoints';
import '@/lib/locales/lazy/comments';

interface CommentTargetLabelProps {
  target: CommentTarget;
  /** The photo's caption now, for a photo target (null when the photo or its caption is gone). */
  photoCaption: string | null;
}

/** What a thread is about: the quoted text, the whole brief, or a photo by its caption. */
export function CommentTargetLabel({ target, photoCaption }: CommentTargetLabelProps) {
  const { t } = useTranslation();
  if (target.kind === 'text') return <q className="comment-quote">{target.quote}</q>;
  if (target.kind === 'brief') return <span className="comment-target-kind">{t('comments.target.brief')}</span>;
  return (
    <span className="comment-target-kind">
      {photoCaption ? t('comments.target.photo', { caption: photoCaption }) : t('comments.target.photoUntitled')}
    </span>
  );
}
