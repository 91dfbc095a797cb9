import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { briefIdSchema } from '@/schema/brief-id';
import { useRevision } from '../../api/get-revision';
import { diffBriefs } from '../../lib/brief-diff';
import { BriefDiffView } from './brief-diff-view';
import { RestoreButton } from './restore-button';
import '@/lib/locales/lazy/history';

/** What to bring back from a revision: everything, or the briefs named. */
export interface RestoreTarget {
  version: number;
  briefIds?: string[];
}

interface RevisionDiffProps {
  roundupId: string;
  version: number;
  /**
   * The revision listed before this one, to compare with; null for the oldest (everything counts as added),
   * undefined while the page that holds it is still loading.
   */
  previousVersion: number | null | undefined;
  /** Show the restore buttons (the user may edit, and this is not the version the editor already holds). */
  canRestore: boolean;
  restoring: boolean;
  onRestore: (target: RestoreTarget) => Promise<void>;
}

/** A revision's changes, brief by brief, against the revision before it; with the buttons to restore them. */
export function RevisionDiff({ roundupId, version, previousVersion, canRestore, restoring, onRestore }: RevisionDiffProps) {
  const { t } = useTranslation();
  const revision = useRevision(roundupId, version);
  const previous = useRevision(roundupId, previousVersion ?? null);
  const loaded = revision.data !== undefined && (previousVersion === null || previous.data !== undefined);
  const compareWith = previousVersion ?? null;
  const briefs = useMemo(
    () => (revision.data === undefined ? [] : diffBriefs(compareWith === null ? null : (previous.data?.body ?? null), revision.data.body)),
    [compareWith, previous.data, revision.data],
  );

  if (revision.isError || previous.isError) {
    return (
      <div role="alert" className="revision-diff-message text-red-800">
        <p>{t('history.diffLoadFailed')}</p>
        <button
          type="button"
          className="btn-tiny"
          onClick={() => {
            if (revision.isError) void revision.refetch();
            if (previous.isError) void previous.refetch();
          }}
        >
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (!loaded) return <p className="revision-diff-message text-slate-600">{t('common.loading')}</p>;

  return (
    <div className="revision-diff">
      <p className="text-xs text-slate-600">
        {compareWith === null ? t('history.comparedWithNothing') : t('history.comparedWith', { version: compareWith })}
      </p>
      {canRestore && (
        <RestoreButton
          label={t('history.restoreVersion')}
          title={t('history.confirmVersionTitle', { version })}
          help={t('history.confirmVersionHelp', { version })}
          disabled={restoring}
          onConfirm={() => onRestore({ version })}
        />
      )}
      {briefs.map((brief) => (
        <BriefDiffView
          key={brief.briefId}
          brief={brief}
          restore={
            canRestore && brief.change !== 'removed' && briefIdSchema.safeParse(brief.briefId).success ? (
              <RestoreButton
                label={t('history.restoreBrief')}
                title={t('history.confirmBriefTitle', { heading: brief.heading || t('history.untitledBrief') })}
                help={t('history.confirmBriefHelp', { version })}
                disabled={restoring}
                onConfirm={() => onRestore({ version, briefIds: [brief.briefId] })}
              />
            ) : undefined
          }
        />
      ))}
    </div>
  );
}
