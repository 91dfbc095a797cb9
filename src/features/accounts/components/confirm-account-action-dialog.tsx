import { useTranslation } from 'react-i18next';
import type { Account } from '@/contract/account-endpoints';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { describeAccountError } from '@/lib/describe-account-error';
import '@/lib/locales/lazy/accounts';

export type AccountAction = 'deactivate' | 'reactivate' | 'reset';

interface ConfirmAccountActionDialogProps {
  action: AccountAction;
  account: Account;
  pending: boolean;
  error: unknown;
  onConfirm: (close: () => void) => void;
  onClose: () => void;
}

const texts = {
  deactivate: { title: 'accounts.deactivateTitle', help: 'accounts.deactivateHelp', confirm: 'accounts.deactivate' },
  reactivate: { title: 'accounts.reactivateTitle', help: 'accounts.reactivateHelp', confirm: 'accounts.reactivate' },
  reset: { title: 'accounts.resetTitle', help: 'accounts.resetHelp', confirm: 'accounts.resetPassword' },
} as const;

/** "Are you sure?" for what cannot be taken back quietly: signing someone out everywhere, or replacing their password. */
export function ConfirmAccountActionDialog({ action, account, pending, error, onConfirm, onClose }: ConfirmAccountActionDialogProps) {
  const { t, i18n } = useTranslation();
  const text = texts[action];
  return (
    <ModalDialog title={t(text.title)} description={t(text.help, { name: account.name, email: account.email })} onClose={onClose}>
      {(close) => (
        <>
          {error !== null && (
            <p role="alert" className="text-sm text-red-700">
              {describeAccountError(error, t, i18n.language)}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <button type="button" className="btn-secondary" onClick={close}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className={action === 'deactivate' ? 'btn-primary bg-red-800 hover:bg-red-900' : 'btn-primary'}
              disabled={pending}
              onClick={() => onConfirm(close)}
            >
              {t(text.confirm)}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
