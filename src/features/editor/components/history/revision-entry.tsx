import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '@/contract/revision-endpoints';
import { formatDateTime } from '@/lib/kst-datetime';
import '@/lib/locales/lazy/history';

interface RevisionEntryProps {
  revision: RevisionSummary;
  isCurrent: boolean;
  expanded: boolean;
  onToggle: () => void;
  /** The revision's changes, shown under it while expanded. */
  children?: ReactNode;
}

/** One revision in the list: version, kind, author, time (KST), which briefs it changed; opens to its diff. */
export function RevisionEntry({ revision, isCurrent, expanded, onToggle, children }: RevisionEntryProps) {
  const { t, i18n } = useTranslation();
  const diffId = `revision-diff-${revision.version}`;
  const kind =
    revision.kind === 'created'
      ? t('history.kindCreated')
      : revision.kind === 'saved'
        ? t('history.kindSaved')
        : revision.restoredFrom === undefined
          ? t('history.kindRestoredUnknown')
          : t('history.kindRestored', { version: revision.restoredFrom });
  const changeLabel = { added: t('history.briefAdded'), edited: t('history.briefEdited'), removed: t('history.briefRemoved') };
  const nothingChanged = revision.briefs.length === 0 && !revision.metaChanged && !revision.reordered;

  return (
    <li className={`revision-entry${expanded ? ' is-expanded' : ''}`}>
      <button
        type="button"
        className="revision-entry-button"
        aria-expanded={expanded}
        aria-controls={expanded ? diffId : undefined}
        onClick={onToggle}
      >
        <span className="revision-entry-title">
          {t('history.version', { version: revision.version })} · {kind}
          {isCurrent && (
            <>
              {' '}
              <span className="revision-chip is-current">{t('history.current')}</span>
            </>
          )}
        </span>
        <span className="revision-entry-meta">
          {revision.author.name} · <time dateTime={revision.at}>{formatDateTime(revision.at, i18n.language)}</time>
        </span>
      </button>
      <ul className="revision-entry-changes" aria-label={t('history.changesLabel')}>
        {revision.briefs.map((brief) => (
          <li key={`${brief.change}-${brief.briefId}`}>
            <span aria-hidden="true">◇ </span>
            {brief.heading || t('history.untitledBrief')}{' '}
            <span className={`revision-chip is-${brief.change}`}>{changeLabel[brief.change]}</span>
          </li>
        ))}
        {revision.metaChanged && <li>{t('history.metaChanged')}</li>}
        {revision.reordered && <li>{t('history.reordered')}</li>}
        {nothingChanged && <li className="text-slate-600">{t('history.noChanges')}</li>}
      </ul>
      {expanded && (
        <div id={diffId} role="region" aria-label={t('history.diffLabel', { version: revision.version })}>
          {children}
        </div>
      )}
    </li>
  );
}
