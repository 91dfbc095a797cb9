import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '@/contract/account-endpoints';
import { ModalDialog } from '@/components/ui/modal-dialog';
import '@/lib/locales/lazy/accounts';

interface TemporaryPasswordDialogProps {
  account: Account;
  password: string;
  onClose: () => void;
}

/** The temporary password the server made, shown this once: once closed, nobody can see it again. */
export function TemporaryPasswordDialog({ account, password, onClose }: TemporaryPasswordDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  function copyPassword() {
    navigator.clipboard.writeText(password).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  }

  return (
    <ModalDialog
      title={t('accounts.temporaryTitle')}
      description={t('accounts.temporaryHelp', { name: account.name, email: account.email })}
      onClose={onClose}
    >
      {(close) => (
        <>
          <label htmlFor={`${id}-password`} className="text-xs font-medium text-slate-700">
            {t('accounts.temporaryLabel')}
          </label>
          <div className="flex gap-2">
            <input
              id={`${id}-password`}
              className="field flex-1 font-mono text-base tracking-wider"
              readOnly
              value={password}
              onFocus={(event) => event.target.select()}
            />
            <button type="button" className="btn-secondary" onClick={copyPassword}>
              {t('accounts.copy')}
            </button>
          </div>
          <p role="status" className="min-h-5 text-xs text-slate-600">
            {copy === 'copied' ? t('accounts.copied') : copy === 'failed' ? t('accounts.copyFailed') : ''}
          </p>
          <div className="flex justify-end">
            <button type="button" className="btn-primary" onClick={close}>
              {t('accounts.done')}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
