import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeApiError } from '@/lib/use-describe-api-error';
import type { RoundupActionName, RoundupActionRequest } from '@/contract/workflow-endpoints';
import type { Roundup } from '@/schema/roundup';
import type { Actor } from '@/services/actor';
import { availableActions, briefIdsOf, reviewOf } from '@/services/workflow-actions';
import { useToast } from '@/components/ui/use-toast';
import { useRoundupAction } from '../api/act-on-roundup';
import type { ActionDialogRequest } from '../components/review/action-dialog';
import type { AutosaveController } from '../lib/autosave-controller';

/**
 * The review steps this user can take on the open roundup, each asking first for what it needs (a note, a reason,
 * a time) and saving what is unsaved before it runs, so that nothing typed stays behind a submission.
 */
export function useReviewActions(roundup: Roundup, user: Actor, autosave: AutosaveController) {
  const { t } = useTranslation();
  const describeError = useDescribeApiError();
  const toast = useToast();
  const { mutateAsync } = useRoundupAction();
  const [busy, setBusy] = useState<RoundupActionName | null>(null);
  const [dialog, setDialog] = useState<ActionDialogRequest | null>(null);
  const available = availableActions(user, roundup);
  const actionName = (action: RoundupActionName) => t(`review.actions.${action}`);

  async function run(request: RoundupActionRequest): Promise<void> {
    setBusy(request.action);
    try {
      if (autosave.hasUnsavedChanges()) {
        const settled = await autosave.flush();
        if (settled.kind !== 'saved') {
          toast.show({ message: t('review.saveFirst', { action: actionName(request.action) }), tone: 'error', durationMs: 0 });
          return;
        }
      }
      await mutateAsync({ id: roundup.id, request });
      toast.show({ message: t('review.done', { action: actionName(request.action) }), tone: 'success' });
    } catch (error) {
      const message = describeError(error);
      toast.show({ message: t('review.failed', { action: actionName(request.action), message }), tone: 'error', durationMs: 0 });
    } finally {
      setBusy(null);
    }
  }

  function start(action: RoundupActionName): void {
    switch (action) {
      case 'request_changes':
        setDialog({
          title: t('review.dialog.requestChangesTitle'),
          help: t('review.dialog.requestChangesHelp'),
          input: { kind: 'note', label: 'note' },
          onConfirm: (note) => void run({ action, note }),
        });
        return;
      case 'approve': {
        const waiting = briefIdsOf(roundup.body).filter((id) => reviewOf(roundup.workflow, id).state !== 'approved').length;
        if (waiting === 0) {
          void run({ action });
          return;
        }
        setDialog({
          title: t('review.dialog.approveTitle'),
          help: t('review.dialog.approveWaiting', { count: waiting }),
          input: { kind: 'note', label: 'reason' },
          onConfirm: (note) => void run({ action, override: { note } }),
        });
        return;
      }
      case 'schedule':
        setDialog({
          title: t('review.dialog.scheduleTitle'),
          help: t('review.dialog.scheduleHelp'),
          input: { kind: 'time' },
          onConfirm: (publishAt) => void run({ action, publishAt }),
        });
        return;
      case 'unpublish':
        setDialog({
          title: t('review.dialog.unpublishTitle'),
          help: t('review.dialog.unpublishHelp'),
          input: { kind: 'note', label: 'reason' },
          onConfirm: (reason) => void run({ action, reason }),
        });
        return;
      case 'submit':
      case 'withdraw_submission':
      case 'start_review':
      case 'publish':
      case 'check_layout':
        void run({ action });
        return;
      case 'approve_brief':
      case 'return_brief':
        // Taken per brief, with `approveBrief` and `returnBrief`.
        return;
    }
  }

  return {
    available,
    busy,
    dialog,
    closeDialog: () => setDialog(null),
    start,
    canJudgeBriefs: available.includes('approve_brief'),
    approveBrief: (briefId: string) => void run({ action: 'approve_brief', briefId }),
    returnBrief: (briefId: string, position: number) =>
      setDialog({
        title: t('review.dialog.returnTitle', { position }),
        help: t('review.dialog.returnHelp'),
        input: { kind: 'note', label: 'note' },
        onConfirm: (note) => void run({ action: 'return_brief', briefId, note }),
      }),
  };
}
