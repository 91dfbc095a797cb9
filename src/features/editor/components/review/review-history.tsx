import { useTranslation } from 'react-i18next';
import type { RoundupEvent } from '@/contract/workflow-endpoints';
import { formatDateTime } from '@/lib/kst-datetime';
import { useRoundupEvents } from '../../api/get-roundup-events';

interface ReviewHistoryProps {
  roundupId: string;
  /** 1-based place of a brief in the roundup now, for "brief 2"; null if it is gone. */
  positionOf: (briefId: string) => number | null;
}

function Entry({ event, positionOf }: { event: RoundupEvent; positionOf: ReviewHistoryProps['positionOf'] }) {
  const { t, i18n } = useTranslation();
  const position = event.briefId === undefined ? null : positionOf(event.briefId);
  return (
    <li className="review-history-entry">
      <p className="text-sm">
        <strong>{t(`review.actions.${event.action}`)}</strong>
        {position !== null && <span> · {t('review.history.brief', { position })}</span>}
        {event.from !== event.to && (
          <span className="text-slate-600">
            {' '}
            · {t(`status.${event.from}`)} → {t(`status.${event.to}`)}
          </span>
        )}
      </p>
      <p className="text-xs text-slate-600">
        {event.actor.name} · <time dateTime={event.at}>{formatDateTime(event.at, i18n.language)}</time>
      </p>
      {event.note !== undefined && <p className="mt-1 whitespace-pre-wrap text-sm text-slate-800">{event.note}</p>}
    </li>
  );
}

/** Every review step taken on the roundup, newest first. */
export function ReviewHistory({ roundupId, positionOf }: ReviewHistoryProps) {
  const { t } = useTranslation();
  const events = useRoundupEvents(roundupId);
  return (
    <section aria-labelledby="review-history-title" className="flex flex-col gap-2">
      <h2 id="review-history-title" className="text-sm font-semibold text-slate-700">
        {t('review.history.title')}
      </h2>
      {events.isPending && <p className="text-sm text-slate-600">{t('common.loading')}</p>}
      {events.isError && (
        <p role="alert" className="text-sm text-red-800">
          {t('review.history.loadFailed')}
        </p>
      )}
      {events.data !== undefined &&
        (events.data.items.length === 0 ? (
          <p className="text-sm text-slate-600">{t('review.history.empty')}</p>
        ) : (
          <ol className="flex flex-col gap-2">
            {[...events.data.items].reverse().map((event) => (
              <Entry key={event.revision} event={event} positionOf={positionOf} />
            ))}
          </ol>
        ))}
    </section>
  );
}
