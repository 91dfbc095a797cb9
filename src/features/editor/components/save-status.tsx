import { useTranslation } from 'react-i18next';
import { describeIssueLocation } from '@/lib/describe-issue-location';
import { formatClockTime } from '@/lib/kst-datetime';
import type { SaveState } from '../hooks/save-state';

const tones: Record<SaveState['kind'], string> = {
  saved: 'text-emerald-800 bg-emerald-50 border-emerald-200',
  pending: 'text-slate-700 bg-slate-50 border-slate-200',
  saving: 'text-slate-700 bg-slate-50 border-slate-200',
  offline: 'text-amber-900 bg-amber-50 border-amber-300',
  serverProblem: 'text-amber-900 bg-amber-50 border-amber-300',
  error: 'text-red-800 bg-red-50 border-red-300',
  conflict: 'text-red-800 bg-red-50 border-red-300',
};

/**
 * Saving / saved at HH:MM / offline / the server has a problem, retrying at HH:MM / error with retry — always
 * visible, always in words. Offline (no connection) and a server problem are told apart: the user can fix one.
 */
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
    case 'serverProblem':
      text = t('save.serverProblem', { time: formatClockTime(state.retryAt, i18n.language) });
      break;
    case 'error':
      {
        const place = state.location === undefined ? null : describeIssueLocation(state.location, t);
        text = place === null ? t('save.error') : t('save.errorAt', { location: place });
      }
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
      {(state.kind === 'error' || state.kind === 'offline' || state.kind === 'serverProblem') && (
        <button type="button" className="btn-secondary text-xs" onClick={onRetry}>
          {t('save.retry')}
        </button>
      )}
    </div>
  );
}
