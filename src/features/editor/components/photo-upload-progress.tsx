import { useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadProgressStore } from '../lib/upload-progress-store';

interface PhotoUploadProgressProps {
  uploads: UploadProgressStore;
}

/**
 * How far the photo uploads are: a labelled progress bar, indeterminate while the photo is being prepared. The
 * count is announced politely once; the bar itself is not a live region, so a screen reader is not told every
 * percent, but can read it at any time.
 */
export function PhotoUploadProgress({ uploads }: PhotoUploadProgressProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const { count, fraction } = useSyncExternalStore(uploads.subscribe, uploads.getSnapshot);
  if (count === 0) return null;
  const percent = fraction === null ? null : Math.round(fraction * 100);
  const detail =
    percent === null ? t('photo.uploadPreparing') : percent >= 100 ? t('photo.uploadProcessing') : t('photo.uploadPercent', { percent });

  return (
    <div className="flex items-center gap-2 text-xs text-slate-700">
      <span id={labelId} role="status">
        {t('photo.uploading', { count })}
      </span>
      <progress aria-labelledby={labelId} max={100} value={percent ?? undefined} className="h-2 w-24" />
      <span aria-hidden="true" className="tabular-nums">
        {detail}
      </span>
    </div>
  );
}
