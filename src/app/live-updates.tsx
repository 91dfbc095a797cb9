import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { roundupResponseSchema } from '@/contract/roundup-endpoints';
import { apiRoutes } from '@/contract/routes';
import type { Roundup } from '@/schema/roundup';
import { useToast } from '@/components/ui/use-toast';
import { apiRequest } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/current-user';
import { lockChangedEvent, type LiveSource } from '@/lib/live-source';
import { queryKeys } from '@/lib/query-keys';

const listRefreshMs = 2_000;
/** Comment changes arrive in bursts too (every save that moves an anchor is one): refetch once per second at most. */
const commentRefreshMs = 1_000;

/**
 * Follows what others do: lists and histories refresh, and an open roundup takes the new status and review from the
 * server (never its document: the editor owns the text it shows, and a save of changed text meets a 409 instead).
 */
export function LiveUpdates({ source }: { source: LiveSource }) {
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const toast = useToast();
  const { t } = useTranslation();

  useEffect(() => {
    // Every reporter's autosave is a change: lists refresh at most once per interval, however many arrive.
    let listsTimer: ReturnType<typeof setTimeout> | null = null;
    const refreshLists = () => {
      listsTimer ??= setTimeout(() => {
        listsTimer = null;
        void queryClient.invalidateQueries({ queryKey: queryKeys.roundups.lists() });
      }, listRefreshMs);
    };
    // Comments live apart from the roundup: only that roundup's threads, and my notifications, can have changed.
    let commentsTimer: ReturnType<typeof setTimeout> | null = null;
    const commented = new Set<string>();
    let notificationsDue = false;
    const refreshComments = (roundupId: string, notify: boolean) => {
      commented.add(roundupId);
      notificationsDue ||= notify;
      commentsTimer ??= setTimeout(() => {
        commentsTimer = null;
        for (const id of commented) void queryClient.invalidateQueries({ queryKey: queryKeys.roundups.comments(id) });
        commented.clear();
        if (notificationsDue) void queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
        notificationsDue = false;
      }, commentRefreshMs);
    };
    const stop = source((change) => {
      if (change.kind === 'comment') {
        refreshComments(change.roundupId, change.by.id !== user.id);
        return;
      }
      if (change.kind === 'lock') {
        window.dispatchEvent(new CustomEvent(lockChangedEvent, { detail: change.roundupId }));
        return;
      }
      refreshLists();
      if (change.kind !== 'save') {
        void queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
        void queryClient.invalidateQueries({ queryKey: queryKeys.roundups.events(change.roundupId) });
      }
      const detail = queryKeys.roundups.detail(change.roundupId);
      const cached = queryClient.getQueryData<Roundup>(detail);
      if (cached === undefined || change.kind === 'delete' || change.workflowRevision <= cached.workflowRevision) return;
      void apiRequest(apiRoutes.roundup(change.roundupId), { schema: roundupResponseSchema }).then(
        (fresh) => {
          queryClient.setQueryData<Roundup>(detail, (old) =>
            old === undefined || fresh.workflowRevision <= old.workflowRevision
              ? old
              : { ...old, status: fresh.status, workflow: fresh.workflow, workflowRevision: fresh.workflowRevision },
          );
          if (change.by.id !== user.id && change.kind !== 'save') {
            toast.show({ message: t('live.changedBy', { name: change.by.name, action: t(`review.actions.${change.kind}`) }) });
          }
        },
        () => undefined,
      );
    });
    return () => {
      stop();
      if (listsTimer !== null) clearTimeout(listsTimer);
      if (commentsTimer !== null) clearTimeout(commentsTimer);
    };
  }, [queryClient, source, t, toast, user.id]);
  return null;
}
