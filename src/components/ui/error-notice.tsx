import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isChunkLoadError } from '@/lib/is-chunk-load-error';
import { reloadKeepingWork } from '@/lib/before-reload';

interface ErrorNoticeProps {
  error: unknown;
  /** `app` and `screen` take the place of a page; a `panel` is a notice inside the screen, which goes on. */
  scope: 'app' | 'screen' | 'panel';
  /** Renders what failed again (a panel's "try again", a dialog's "close"). */
  onReset?: () => void;
  resetLabel?: string;
}

/**
 * What an error boundary shows: what happened, in words, and a reload that keeps unsaved text (the editor writes
 * its journal and tries to save before the page goes).
 */
export function ErrorNotice({ error, scope, onReset, resetLabel }: ErrorNoticeProps) {
  const { t } = useTranslation();
  const [reloading, setReloading] = useState(false);
  const outdated = isChunkLoadError(error);
  const className =
    scope === 'panel'
      ? 'rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900'
      : 'mx-auto my-8 max-w-xl rounded-lg border border-red-300 bg-red-50 p-6 text-red-900';
  return (
    <div role="alert" className={className}>
      <p className={scope === 'panel' ? 'font-medium' : 'text-lg font-semibold'}>
        {outdated ? t('errorBoundary.outdated') : scope === 'panel' ? t('errorBoundary.panelFailed') : t('errorBoundary.failed')}
      </p>
      <p className="mt-1">{t('errorBoundary.workIsSafe')}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className="btn-primary"
          disabled={reloading}
          onClick={() => {
            setReloading(true);
            void reloadKeepingWork();
          }}
        >
          {reloading ? t('errorBoundary.reloading') : t('errorBoundary.reload')}
        </button>
        {onReset !== undefined && (
          <button type="button" className="btn-secondary" onClick={onReset}>
            {resetLabel ?? t('errorBoundary.tryAgain')}
          </button>
        )}
      </div>
    </div>
  );
}
