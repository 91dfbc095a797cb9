import { useTranslation } from 'react-i18next';
import { roundupActions, type RoundupActionName } from '@/contract/workflow-endpoints';
import type { Roundup } from '@/schema/roundup';
import { formatDateTime } from '@/lib/kst-datetime';

/** Actions taken from the bar; the per-brief ones live beside each brief in the outline. */
const barActions = roundupActions.filter((action) => action !== 'approve_brief' && action !== 'return_brief');

const primaryActions: ReadonlySet<RoundupActionName> = new Set(['submit', 'start_review', 'approve', 'publish']);

interface ReviewBarProps {
  roundup: Roundup;
  /** What this user may do now (`availableActions`). */
  available: readonly RoundupActionName[];
  busy: RoundupActionName | null;
  onAction: (action: RoundupActionName) => void;
}

/** Where the roundup stands in review, what was decided on it, and the steps this user can take next. */
export function ReviewBar({ roundup, available, busy, onAction }: ReviewBarProps) {
  const { t, i18n } = useTranslation();
  const { workflow } = roundup;
  const shown = barActions.filter((action) => available.includes(action));
  const facts: string[] = [];
  if (roundup.status === 'scheduled' && workflow.scheduledFor !== null) {
    facts.push(t('review.embargo', { time: formatDateTime(workflow.scheduledFor, i18n.language) }));
  }
  if (workflow.approvalOverride !== null && roundup.status !== 'draft') {
    facts.push(t('review.override', { name: workflow.approvalOverride.byName, note: workflow.approvalOverride.note }));
  }
  if (roundup.status === 'published' && workflow.publication !== null) {
    facts.push(t('review.published', { name: workflow.publication.byName, time: formatDateTime(workflow.publication.at, i18n.language) }));
  }
  if (roundup.status === 'withdrawn' && workflow.withdrawal !== null) {
    facts.push(t('review.withdrawn', { name: workflow.withdrawal.byName, reason: workflow.withdrawal.reason }));
  }
  if (workflow.layoutCheck !== null) {
    facts.push(t('review.layoutChecked', { name: workflow.layoutCheck.byName, time: formatDateTime(workflow.layoutCheck.at, i18n.language) }));
  }

  return (
    <section className="review-bar" aria-label={t('review.label')}>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className={`status-chip status-${roundup.status}`} data-testid="roundup-status">
          {t(`status.${roundup.status}`)}
        </span>
        {facts.map((fact) => (
          <span key={fact} className="text-slate-700">
            {fact}
          </span>
        ))}
      </p>
      {shown.length > 0 && (
        <div role="group" aria-label={t('review.actionsLabel')} className="flex flex-wrap gap-2">
          {shown.map((action) => (
            <button
              key={action}
              type="button"
              className={primaryActions.has(action) ? 'btn-primary' : 'btn-secondary'}
              disabled={busy !== null}
              aria-busy={busy === action || undefined}
              onClick={() => onAction(action)}
            >
              {t(`review.actions.${action}`)}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
