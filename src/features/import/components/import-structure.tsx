import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundupMetadata } from '@/schema/roundup-metadata';
import { formatDateTime } from '@/lib/kst-datetime';
import type { BriefSummary } from '../lib/brief-summaries';
import '@/lib/locales/lazy/import';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="import-field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The metadata and the briefs the import found, compact enough to check at a glance before creating the draft. */
export function ImportStructure({ meta, briefs, headingId }: { meta: RoundupMetadata; briefs: readonly BriefSummary[]; headingId: string }) {
  const { t, i18n } = useTranslation();
  const missing = <span className="import-missing">{t('import.missing')}</span>;
  const orMissing = (value: string) => (value.trim() === '' ? missing : value);
  return (
    <section className="import-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="import-section-title">
        {t('import.structure')}
      </h3>
      <dl className="import-fields">
        <Field label={t('import.fields.kicker')}>{orMissing(meta.kicker)}</Field>
        <Field label={t('import.fields.headline')}>{orMissing(meta.headline)}</Field>
        <Field label={t('import.fields.registeredAt')}>
          {meta.registeredAt === null ? missing : <time dateTime={meta.registeredAt}>{formatDateTime(meta.registeredAt, i18n.language)}</time>}
        </Field>
        <Field label={t('import.fields.region')}>{orMissing(meta.region)}</Field>
        <Field label={t('import.fields.outlet')}>{orMissing(meta.outlet)}</Field>
        <Field label={t('import.fields.reporters')}>
          {meta.reporters.length === 0
            ? missing
            : meta.reporters.map((reporter) => (reporter.email === '' ? reporter.name : `${reporter.name} <${reporter.email}>`)).join(', ')}
        </Field>
      </dl>
      <h4 className="import-briefs-title">{t('import.briefsTitle', { count: briefs.length })}</h4>
      <ol className="import-briefs">
        {briefs.map((brief, index) => (
          <li key={index} className="import-brief">
            <p className="import-brief-heading">◇{brief.heading}</p>
            <p className="import-brief-counts">
              {t('import.paragraphs', { count: brief.paragraphs })} · {t('import.photos', { count: brief.photos.length })}
            </p>
            {brief.photos.length > 0 && (
              <ul className="import-photos">
                {brief.photos.map((photo, photoIndex) => (
                  <li key={photoIndex} className="import-photo" title={photo.caption}>
                    <span className={photo.credit === '' ? 'import-photo-credit import-missing' : 'import-photo-credit'}>
                      {photo.credit === '' ? t('import.noCredit') : photo.credit}
                    </span>{' '}
                    {photo.caption === '' ? <span className="import-missing">{t('import.noCaption')}</span> : photo.caption}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
