import { useTranslation } from 'react-i18next';
import type { ImportWarning } from '@/import/import-roundup-text';
import { useNumberFormat } from '@/lib/use-number-format';
import '@/lib/locales/lazy/import';

/** What the import had to guess or leave out, each in the reader's language and with the line it concerns. */
export function ImportWarningList({ warnings, headingId }: { warnings: readonly ImportWarning[]; headingId: string }) {
  const { t, i18n } = useTranslation();
  const formatNumber = useNumberFormat();
  return (
    <section className="import-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="import-section-title">
        {t('import.warningsTitle')} <span className="import-count">{formatNumber(warnings.length)}</span>
      </h3>
      {warnings.length === 0 ? (
        <p className="text-sm text-slate-700">{t('import.noWarnings')}</p>
      ) : (
        <ul className="import-warnings">
          {warnings.map((warning, index) => {
            const key = `import.warnings.${warning.code}`;
            return (
              <li key={`${warning.rule}-${warning.code}-${warning.line ?? 0}-${index}`} className="import-warning">
                {warning.line !== undefined && <span className="import-warning-line">{t('import.line', { line: warning.line })}</span>}
                {/* A code this build does not know yet still says something: the importer's own English text. */}
                <span lang={i18n.exists(key) ? undefined : 'en'}>{i18n.exists(key) ? t(key) : warning.message}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
