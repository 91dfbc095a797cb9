import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundupListFilters } from '../api/list-roundups';
import { usePeople } from '../api/list-people';
import '@/lib/locales/lazy/dashboard';

interface DeskFiltersProps {
  filters: RoundupListFilters;
  /** Regions to suggest: those of the roundups listed so far. */
  regions: readonly string[];
  onChange: (next: RoundupListFilters) => void;
}

/** Narrows the list by region, reporter, desk and the day of the last change. */
export function DeskFilters({ filters, regions, onChange }: DeskFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const people = usePeople();
  const everyone = people.data?.items ?? [];
  const set = (key: keyof RoundupListFilters) => (value: string) => onChange({ ...filters, [key]: value });
  const active = filters.region !== '' || filters.ownerId !== '' || filters.reviewerId !== '' || filters.from !== '' || filters.to !== '';

  return (
    <fieldset className="flex flex-wrap items-end gap-3">
      <legend className="sr-only">{t('dashboard.filters.label')}</legend>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-region`} className="text-xs font-medium text-slate-700">
          {t('dashboard.filters.region')}
        </label>
        <input
          id={`${id}-region`}
          className="field w-32"
          list={`${id}-regions`}
          value={filters.region}
          onChange={(event) => set('region')(event.target.value)}
        />
        <datalist id={`${id}-regions`}>
          {regions.map((region) => (
            <option key={region} value={region} />
          ))}
        </datalist>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-reporter`} className="text-xs font-medium text-slate-700">
          {t('dashboard.filters.reporter')}
        </label>
        <select id={`${id}-reporter`} className="field" value={filters.ownerId} onChange={(event) => set('ownerId')(event.target.value)}>
          <option value="">{t('dashboard.filters.anyone')}</option>
          {everyone
            .filter((person) => person.role !== 'designer')
            .map((person) => (
              <option key={person.id} value={person.id}>
                {person.name} ({t(`role.${person.role}`)})
              </option>
            ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-desk`} className="text-xs font-medium text-slate-700">
          {t('dashboard.filters.desk')}
        </label>
        <select id={`${id}-desk`} className="field" value={filters.reviewerId} onChange={(event) => set('reviewerId')(event.target.value)}>
          <option value="">{t('dashboard.filters.anyone')}</option>
          {everyone
            .filter((person) => person.role === 'desk' || person.role === 'admin')
            .map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-from`} className="text-xs font-medium text-slate-700">
          {t('dashboard.filters.from')}
        </label>
        <input id={`${id}-from`} type="date" className="field" value={filters.from} max={filters.to || undefined} onChange={(event) => set('from')(event.target.value)} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-to`} className="text-xs font-medium text-slate-700">
          {t('dashboard.filters.to')}
        </label>
        <input id={`${id}-to`} type="date" className="field" value={filters.to} min={filters.from || undefined} onChange={(event) => set('to')(event.target.value)} />
      </div>
      {active && (
        <button
          type="button"
          className="btn-secondary"
          onClick={() => onChange({ ...filters, region: '', ownerId: '', reviewerId: '', from: '', to: '' })}
        >
          {t('dashboard.filters.clear')}
        </button>
      )}
    </fieldset>
  );
}
