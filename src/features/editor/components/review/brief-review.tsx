import { useTranslation } from 'react-i18next';
import type { BriefReview as BriefReviewValue } from '@/schema/roundup-workflow';

interface BriefReviewProps {
  review: BriefReviewValue;
  position: number;
  /** The desk may judge the brief now. */
  canJudge: boolean;
  busy: boolean;
  onApprove: () => void;
  onReturn: () => void;
}

/** A brief's review state beside it in the outline, the desk's note when it was returned, and the desk's verdict buttons. */
export function BriefReview({ review, position, canJudge, busy, onApprove, onReturn }: BriefReviewProps) {
  const { t } = useTranslation();
  const label = review.reopenedByEdit === true ? t('review.brief.reopened') : t(`review.brief.${review.state}`);
  return (
    <div className="brief-review">
      <span className={`review-chip review-${review.state}`} data-testid={`brief-review-${position}`}>
        {label}
      </span>
      {review.state === 'returned' && review.note !== undefined && (
        <p className="brief-review-note">{t('review.brief.note', { note: review.note })}</p>
      )}
      {canJudge && (
        <span className="flex gap-1">
          <button type="button" className="btn-tiny" disabled={busy || review.state === 'approved'} onClick={onApprove}>
            {t('review.brief.approve', { position })}
          </button>
          <button type="button" className="btn-tiny" disabled={busy || review.state === 'returned'} onClick={onReturn}>
            {t('review.brief.return', { position })}
          </button>
        </span>
      )}
    </div>
  );
}
