import { useTranslation } from 'react-i18next';
import type { Roundup } from '@/schema/roundup';
import { formatClockTime } from '@/lib/kst-datetime';

interface ConflictBannerProps {
  current: Roundup;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
}

/**
 * Shown when a save was based on an old version (someone else saved meanwhile). Autosave stops; what the reporter
 * typed stays in the editor until they choose.
 */
export function ConflictBanner({ current, onKeepMine, onLoadTheirs }: ConflictBannerProps) {
  const { t, i18n } = useTranslation();
  return (
    <div role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">{t('conflict.title')}</p>
      <p className="mt-1">
        {t('conflict.body', { version: current.version, time: formatClockTime(current.updatedAt, i18n.language) })}
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className="btn-primary" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="btn-secondary" onClick={onLoadTheirs}>
          {t('conflict.loadTheirs')}
        </button>
      </div>
    </div>
  );
}
