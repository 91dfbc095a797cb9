import { useTranslation } from 'react-i18next';
import { formatClockTime } from '@/lib/kst-datetime';
import type { SaveState } from '../hooks/save-state';

const tones: Record<SaveState['kind'], string> = {
  saved: 'text-emerald-800 bg-emerald-50 border-emerald-200',
  pending: 'text-slate-700 bg-slate-50 border-slate-200',
  saving: 'text-slate-700 bg-slate-50 border-slate-200',
  offline: 'text-amber-900 bg-amber-50 border-amber-300',
  error: 'text-red-800 bg-red-50 border-red-300',
  conflict: 'text-red-800 bg-red-50 border-red-300',
};

/** Saving / saved at HH:MM / offline / error with retry — always visible, always in words. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  let text: string;
  switch (state.kind) {
    case 'saved':
      text = t('save.savedAt', { time: formatClockTime(state.savedAt, i18n.language) });
      break;
    case 'pending':
      text = t('save.pending');
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'offline':
      text = t('save.offline');
      break;
    case 'error':
      text = state.location ? t('save.errorAt', { location: state.location }) : t('save.error');
      break;
    case 'conflict':
      text = t('save.conflict');
      break;
  }
  return (
    <div className="flex items-center gap-2">
      <p
        role="status"
        aria-live="polite"
        data-save-state={state.kind}
        className={`rounded-full border px-3 py-1 text-xs font-medium ${tones[state.kind]}`}
      >
        {text}
      </p>
      {(state.kind === 'error' || state.kind === 'offline') && (
        <button type="button" className="btn-secondary text-xs" onClick={onRetry}>
          {t('save.retry')}
        </button>
      )}
    </div>
  );
}
