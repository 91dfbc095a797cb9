import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { houseStyleIds } from '@/schema/house-style-id';
import { roundupMetadataSchema, type Reporter, type RoundupMetadata } from '@/schema/roundup-metadata';
import { defaultOutletOf } from '@/render/house-styles/default-outlets';
import { TextField } from '@/components/ui/text-field';
import { isoToKstInput, kstInputToIso } from '@/lib/kst-datetime';

export type MetadataDraft = RoundupMetadata;

interface MetadataFormProps {
  value: MetadataDraft;
  onChange: (next: MetadataDraft) => void;
  disabled?: boolean;
}

type FieldErrors = Partial<Record<string, string>>;

/** Field → translated message for every problem zod finds, so the reporter sees it next to the field. */
function useFieldErrors(value: MetadataDraft): FieldErrors {
  const { t } = useTranslation();
  return useMemo(() => {
    const result = roundupMetadataSchema.safeParse(value);
    if (result.success) return {};
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) {
      const key = issue.path.join('.');
      const field = issue.path[0] === 'reporters' ? `reporters.${String(issue.path[2] ?? 'name')}` : String(issue.path[0]);
      errors[key] ??= t(`meta.errors.${field}`, { defaultValue: t('meta.errors.generic') });
    }
    return errors;
  }, [t, value]);
}

/** Kicker, headline, region, outlet, house style, reporters and 등록 time: the fields the dateline is built from. */
export function MetadataForm({ value, onChange, disabled = false }: MetadataFormProps) {
  const { t } = useTranslation();
  const styleId = useId();
  const errors = useFieldErrors(value);

  function set<K extends keyof MetadataDraft>(key: K, next: MetadataDraft[K]) {
    onChange({ ...value, [key]: next });
  }

  function setReporter(index: number, next: Reporter) {
    set(
      'reporters',
      value.reporters.map((reporter, position) => (position === index ? next : reporter)),
    );
  }

  return (
    <fieldset className="meta-form" disabled={disabled}>
      <legend className="sr-only">{t('meta.legend')}</legend>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[10rem_1fr]">
        <TextField
          label={t('meta.kicker')}
          value={value.kicker}
          maxLength={30}
          hint={t('meta.kickerHint')}
          error={errors.kicker}
          onChange={(next) => set('kicker', next)}
        />
        <TextField
          label={t('meta.headline')}
          value={value.headline}
          maxLength={120}
          error={errors.headline}
          onChange={(next) => set('headline', next)}
        />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <TextField label={t('meta.region')} value={value.region} maxLength={20} error={errors.region} onChange={(next) => set('region', next)} />
        <TextField label={t('meta.outlet')} value={value.outlet} maxLength={30} error={errors.outlet} onChange={(next) => set('outlet', next)} />
        <div className="flex flex-col gap-1">
          <label htmlFor={styleId} className="text-xs font-medium text-slate-700">
            {t('meta.houseStyle')}
          </label>
          <select
            id={styleId}
            className="field"
            value={value.houseStyle}
            onChange={(event) => {
              const next = houseStyleIds.find((style) => style === event.target.value);
              if (next === undefined) return;
              // The outlet follows the style unless the reporter typed another one (a partner outlet, say).
              const outletWasDefault = value.outlet.trim() === '' || value.outlet === defaultOutletOf(value.houseStyle);
              onChange({ ...value, houseStyle: next, outlet: outletWasDefault ? defaultOutletOf(next) : value.outlet });
            }}
          >
            {houseStyleIds.map((style) => (
              <option key={style} value={style}>
                {t(`houseStyle.${style}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label={t('meta.registeredAt')}
          type="datetime-local"
          value={isoToKstInput(value.registeredAt)}
          error={errors.registeredAt}
          onChange={(next) => set('registeredAt', kstInputToIso(next))}
        />
      </div>
      <div className="flex flex-col gap-2">
        <p className="text-xs font-medium text-slate-700" id={`${styleId}-reporters`}>
          {t('meta.reporters')}
        </p>
        <ul className="flex flex-col gap-2" aria-labelledby={`${styleId}-reporters`}>
          {value.reporters.map((reporter, index) => (
            <li key={index} className="grid grid-cols-[1fr_1.4fr_auto] items-end gap-2">
              <TextField
                label={t('meta.reporterName', { number: index + 1 })}
                value={reporter.name}
                maxLength={40}
                error={errors[`reporters.${index}.name`]}
                onChange={(name) => setReporter(index, { ...reporter, name })}
              />
              <TextField
                label={t('meta.reporterEmail', { number: index + 1 })}
                type="email"
                value={reporter.email}
                error={errors[`reporters.${index}.email`]}
                onChange={(email) => setReporter(index, { ...reporter, email })}
              />
              <button
                type="button"
                className="btn-secondary mb-0.5"
                aria-label={t('meta.removeReporterNumbered', { number: index + 1 })}
                onClick={() => set('reporters', value.reporters.filter((_, position) => position !== index))}
              >
                {t('meta.removeReporter')}
              </button>
            </li>
          ))}
        </ul>
        {value.reporters.length < 10 && (
          <button
            type="button"
            className="btn-secondary self-start"
            onClick={() => set('reporters', [...value.reporters, { name: '', email: '' }])}
          >
            {t('meta.addReporter')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
