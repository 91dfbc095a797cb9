import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '@/import/import-roundup-text';
import { layoutRoundup } from '@/render/layout-roundup';
import { RoundupArticle } from '@/render/roundup-article';
import { briefSummariesOf } from '../lib/brief-summaries';
import { ImportStructure } from './import-structure';
import { ImportWarningList } from './import-warning-list';
import '@/lib/locales/lazy/import';

type ImportSuccess = Extract<ImportResult, { ok: true }>;

/** Confidence below this is shown as doubtful, above `high` as sound; the meter colours itself by them. */
const confidenceBounds = { low: 0.7, high: 0.9 } as const;

function SuccessPreview({ result, stale }: { result: ImportSuccess; stale: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  // Imported figures have no photo yet: the layout draws the placeholder the published page would.
  const layout = useMemo(
    () => layoutRoundup({ meta: result.meta, body: result.body, updatedAt: null }, { photoUrl: () => null, idPrefix: 'import-' }),
    [result],
  );
  const briefs = useMemo(() => briefSummariesOf(layout), [layout]);
  const percent = Math.round(result.confidence * 100);
  return (
    <>
      <div className="import-confidence">
        <label htmlFor={`${id}-confidence`}>{t('import.confidence')}</label>
        <meter
          id={`${id}-confidence`}
          min={0}
          max={1}
          low={confidenceBounds.low}
          high={confidenceBounds.high}
          optimum={1}
          value={result.confidence}
          aria-valuetext={t('import.confidenceValue', { percent })}
        />
        <span className="import-confidence-value" aria-hidden="true">
          {t('import.confidenceValue', { percent })}
        </span>
        {stale && <span className="import-reading">{t('import.reading')}</span>}
      </div>
      <ImportStructure meta={result.meta} briefs={briefs} headingId={`${id}-structure`} />
      <ImportWarningList warnings={result.warnings} headingId={`${id}-warnings`} />
      <section className="import-section" aria-labelledby={`${id}-article`}>
        <h3 id={`${id}-article`} className="import-section-title">
          {t('import.articleTitle')}
        </h3>
        {briefs.some((brief) => brief.photos.length > 0) && <p className="text-xs text-slate-600">{t('import.photoPlaceholderNote')}</p>}
        <div className="import-article">
          <RoundupArticle layout={layout} />
        </div>
      </section>
    </>
  );
}

/**
 * The live reading of the pasted text: confidence, the structure found, the warnings and the published layout
 * exactly as the draft will render, or why the text cannot be read.
 */
export function ImportPreview({ result, stale, untouched }: { result: ImportResult; stale: boolean; untouched: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  if (result.ok) return <SuccessPreview result={result} stale={stale} />;
  const message = {
    empty: t('import.errors.empty'),
    too_large: t('import.errors.too_large'),
    html: t('import.errors.html'),
    no_briefs: t('import.errors.no_briefs'),
  }[result.error.code];
  return (
    <>
      <p role="status" className={untouched ? 'import-hint' : 'import-problem'}>
        {message}
        {stale && <span className="import-reading"> {t('import.reading')}</span>}
      </p>
      {result.warnings.length > 0 && <ImportWarningList warnings={result.warnings} headingId={`${id}-warnings`} />}
    </>
  );
}
