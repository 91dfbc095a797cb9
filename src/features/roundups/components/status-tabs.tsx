import { useTranslation } from 'react-i18next';
import type { ListRoundupsResponse } from '@/contract/roundup-endpoints';
import { roundupStatuses, type RoundupStatus } from '@/schema/roundup-status';
import { useNumberFormat } from '@/lib/use-number-format';
import '@/lib/locales/lazy/dashboard';

interface StatusTabsProps {
  counts: ListRoundupsResponse['counts'] | undefined;
  selected: RoundupStatus | '';
  onSelect: (status: RoundupStatus | '') => void;
}

/** The desk's groups: every status with how many roundups are in it under the other filters. */
export function StatusTabs({ counts, selected, onSelect }: StatusTabsProps) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const total = counts === undefined ? undefined : roundupStatuses.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  const tab = (status: RoundupStatus | '', label: string, count: number | undefined) => (
    <button
      key={status || 'all'}
      type="button"
      className={`status-tab${selected === status ? ' is-selected' : ''}`}
      aria-pressed={selected === status}
      onClick={() => onSelect(status)}
    >
      {label}
      {count !== undefined && <span className="status-tab-count">{formatNumber(count)}</span>}
    </button>
  );
  return (
    <div role="group" aria-label={t('dashboard.statusGroups')} className="flex flex-wrap gap-1.5">
      {tab('', t('dashboard.allStatuses'), total)}
      {roundupStatuses.map((status) => tab(status, t(`status.${status}`), counts?.[status]))}
    </div>
  );
}
