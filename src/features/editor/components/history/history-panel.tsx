import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeApiError } from '@/lib/use-describe-api-error';
import type { Roundup } from '@/schema/roundup';
import { isApiError } from '@/lib/api-error';
import { queryKeys } from '@/lib/query-keys';
import { useRevisions } from '../../api/get-revisions';
import { useRestoreRevision } from '../../api/restore-revision';
import { RevisionDiff, type RestoreTarget } from './revision-diff';
import { RevisionEntry } from './revision-entry';
import '@/lib/locales/lazy/history';

interface HistoryPanelProps {
  roundupId: string;
  /** The version the editor holds; the list is fetched again whenever it moves. */
  currentVersion: number;
  canRestore: boolean;
  /** Saves what is still unsaved and answers the version the editor is now based on; throws when it cannot. */
  prepareRestore: () => Promise<number>;
  onRestored: (roundup: Roundup) => void;
  /** Called once a restore has finished, whether or not it succeeded. */
  onRestoreSettled?: () => void;
}

/**
 * The revision history: every saved version, newest first; one opens to its changes against the version listed
 * before it, and may be restored, whole or brief by brief, as a new version (later ones are never lost).
 */
export function HistoryPanel({ roundupId, currentVersion, canRestore, prepareRestore, onRestored, onRestoreSettled }: HistoryPanelProps) {
  const { t } = useTranslation();
  const describeError = useDescribeApiError();
  const queryClient = useQueryClient();
  const revisions = useRevisions(roundupId, currentVersion);
  const { mutateAsync: restoreRevision } = useRestoreRevision();
  const [expanded, setExpanded] = useState<number | null>(null);
  const [restoring, setRestoring] = useState(false);

  async function restore(target: RestoreTarget): Promise<void> {
    setRestoring(true);
    try {
      // Its refusals are already said in the user's words (save the conflict first…), not API errors to describe.
      const baseVersion = await prepareRestore();
      await restoreOnTop(target, baseVersion);
    } finally {
      setRestoring(false);
      onRestoreSettled?.();
    }
  }

  async function restoreOnTop(target: RestoreTarget, baseVersion: number): Promise<void> {
    try {
      const roundup = await restoreRevision({
        roundupId,
        version: target.version,
        request: { baseVersion, ...(target.briefIds === undefined ? {} : { briefIds: target.briefIds }) },
      });
      onRestored(roundup);
    } catch (error) {
      if (isApiError(error, 'version_conflict')) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.revisions.all(roundupId) });
        throw new Error(t('history.conflict'));
      }
      throw new Error(t('history.failed', { message: describeError(error) }));
    }
  }

  const items = revisions.data?.pages.flatMap((page) => page.items);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = revisions;
  // The last revision loaded is compared with the one before it, which is on the next page.
  const needsOlder = expanded !== null && items?.at(-1)?.version === expanded && hasNextPage;
  useEffect(() => {
    if (needsOlder && !isFetchingNextPage) void fetchNextPage();
  }, [fetchNextPage, isFetchingNextPage, needsOlder]);

  return (
    <section aria-labelledby="history-panel-title" className="history-panel">
      <h2 id="history-panel-title" className="text-base font-semibold">
        {t('history.title')}
      </h2>
      {revisions.isPending && <p className="text-sm text-slate-600">{t('common.loading')}</p>}
      {revisions.isError && items === undefined && (
        <div role="alert" className="flex items-center gap-2 text-sm text-red-800">
          <p>{t('history.loadFailed')}</p>
          <button type="button" className="btn-tiny" onClick={() => void revisions.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {items !== undefined &&
        (items.length === 0 ? (
          <p className="text-sm text-slate-600">{t('history.empty')}</p>
        ) : (
          <ol className="revision-list" aria-label={t('history.listLabel')}>
            {items.map((revision, index) => {
              const isCurrent = revision.version === currentVersion;
              return (
                <RevisionEntry
                  key={revision.version}
                  revision={revision}
                  isCurrent={isCurrent}
                  expanded={expanded === revision.version}
                  onToggle={() => setExpanded((open) => (open === revision.version ? null : revision.version))}
                >
                  <RevisionDiff
                    roundupId={roundupId}
                    version={revision.version}
                    previousVersion={items[index + 1]?.version ?? (hasNextPage ? undefined : null)}
                    canRestore={canRestore && !isCurrent}
                    restoring={restoring}
                    onRestore={restore}
                  />
                </RevisionEntry>
              );
            })}
          </ol>
        ))}
      {hasNextPage && (
        <button type="button" className="btn-secondary self-start" disabled={isFetchingNextPage} onClick={() => void fetchNextPage()}>
          {isFetchingNextPage ? t('common.loading') : t('history.loadOlder')}
        </button>
      )}
    </section>
  );
}
