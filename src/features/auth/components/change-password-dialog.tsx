import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { minPasswordLength } from '@/contract/account-endpoints';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { TextField } from '@/components/ui/text-field';
import { useToast } from '@/components/ui/use-toast';
import { useCurrentUser } from '@/lib/current-user';
import { describeAccountError } from '@/lib/describe-account-error';
import { useChangeOwnPassword } from '../api/change-own-password';
import '@/lib/locales/lazy/change-password';

/** "Change my password", for everyone: the current one, the new one twice. Other sessions end; this one stays. */
export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const change = useChangeOwnPassword();
  const user = useCurrentUser();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [problem, setProblem] = useState<'required' | 'mismatch' | null>(null);

  function submit(event: FormEvent, close: () => void) {
    event.preventDefault();
    if (change.isPending) return;
    const found = currentPassword === '' ? 'required' : newPassword !== repeated ? 'mismatch' : null;
    setProblem(found);
    if (found !== null) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          toast.show({ tone: 'success', message: t('changePassword.done') });
          close();
        },
      },
    );
  }

  return (
    <ModalDialog title={t('changePassword.title')} description={t('changePassword.help')} onClose={onClose}>
      {(close) => (
        <form className="flex flex-col gap-3" onSubmit={(event) => submit(event, close)} noValidate>
          {/* Tells a password manager whose password this is, so it updates the right entry. */}
          <input type="email" name="username" autoComplete="username" value={user.email} readOnly hidden />
          <TextField
            label={t('changePassword.current')}
            type="password"
            value={currentPassword}
            onChange={setCurrentPassword}
            autoComplete="current-password"
            error={problem === 'required' ? t('changePassword.required') : undefined}
          />
          <TextField
            label={t('changePassword.new')}
            type="password"
            value={newPassword}
            onChange={setNewPassword}
            autoComplete="new-password"
            hint={t('changePassword.newHint', { min: minPasswordLength })}
          />
          <TextField
            label={t('changePassword.repeat')}
            type="password"
            value={repeated}
            onChange={setRepeated}
            autoComplete="new-password"
            error={problem === 'mismatch' ? t('changePassword.mismatch') : undefined}
          />
          {change.isError && (
            <p role="alert" className="text-sm text-red-700">
              {describeAccountError(change.error, t, i18n.language)}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <button type="button" className="btn-secondary" onClick={close}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn-primary" disabled={change.isPending}>
              {change.isPending ? t('changePassword.saving') : t('changePassword.submit')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
