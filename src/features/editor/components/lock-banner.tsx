import { useTranslation } from 'react-i18next';
import { formatClockTime } from '@/lib/kst-datetime';
import type { EditLockState } from '../hooks/use-edit-lock';

interface LockBannerProps {
  state: EditLockState;
  onTakeover: () => void;
}

/** Who else is editing, and the way to take over; or that this tab handed over its lock. */
export function LockBanner({ state, onTakeover }: LockBannerProps) {
  const { t, i18n } = useTranslation();
  if (state.kind === 'locked') {
    return (
      <div role="status" className="mb-4 flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
        <p className="min-w-0 flex-1">
          {t('lock.lockedBy', { name: state.lock.holder.name, time: formatClockTime(state.lock.acquiredAt, i18n.language) })}
          {state.takeoverRequested && <> {t('lock.waiting', { name: state.lock.holder.name })}</>}
        </p>
        {!state.takeoverRequested && (
          <button type="button" className="btn-secondary" onClick={onTakeover}>
            {t('lock.takeOver')}
          </button>
        )}
      </div>
    );
  }
  if (state.kind === 'handedOver') {
    return (
      <div role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
        {t('lock.handedOver', { name: state.by })}
      </div>
    );
  }
  return null;
}
