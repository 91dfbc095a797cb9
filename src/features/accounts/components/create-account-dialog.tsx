import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { minPasswordLength, type AccountWithPasswordResponse } from '@/contract/account-endpoints';
import { userRoles, type UserRole } from '@/contract/user-endpoints';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { TextField } from '@/components/ui/text-field';
import { describeAccountError } from '@/lib/describe-account-error';
import { useCreateAccount } from '../api/create-account';
import '@/lib/locales/lazy/accounts';

interface CreateAccountDialogProps {
  onClose: () => void;
  /** The account exists; with the temporary password when the server made one. */
  onCreated: (created: AccountWithPasswordResponse) => void;
}

/** Name, email, role and the first password (made by the server and shown once, or chosen here). */
export function CreateAccountDialog({ onClose, onCreated }: CreateAccountDialogProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateAccount();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<UserRole>('reporter');
  const [choosePassword, setChoosePassword] = useState(false);
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<{ name?: string; email?: string }>({});

  function submit(event: FormEvent, close: () => void) {
    event.preventDefault();
    const found = {
      ...(name.trim() === '' ? { name: t('accounts.nameRequired') } : {}),
      ...(/^[^\s@]+@[^\s@]+$/.test(email.trim()) ? {} : { email: t('accounts.emailInvalid') }),
    };
    setProblems(found);
    if (Object.keys(found).length > 0 || create.isPending) return;
    create.mutate(
      { name: name.trim(), email: email.trim(), role, ...(choosePassword ? { password } : {}) },
      {
        onSuccess: (created) => {
          onCreated(created);
          close();
        },
      },
    );
  }

  return (
    <ModalDialog title={t('accounts.createTitle')} onClose={onClose}>
      {(close) => (
        <form className="flex flex-col gap-3" onSubmit={(event) => submit(event, close)} noValidate>
          <TextField label={t('accounts.name')} value={name} onChange={setName} maxLength={100} error={problems.name} autoComplete="off" />
          <TextField
            label={t('accounts.email')}
            type="email"
            value={email}
            onChange={setEmail}
            maxLength={254}
            error={problems.email}
            autoComplete="off"
          />
          <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
            {t('accounts.role')}
            <select className="field" value={role} onChange={(event) => setRole(userRoles.find((each) => each === event.target.value) ?? 'reporter')}>
              {userRoles.map((each) => (
                <option key={each} value={each}>
                  {t(`role.${each}`)}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="flex flex-col gap-1.5">
            <legend className="mb-1 text-xs font-medium text-slate-700">{t('accounts.passwordChoice')}</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="password-choice" checked={!choosePassword} onChange={() => setChoosePassword(false)} />
              {t('accounts.generatePassword')}
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="password-choice" checked={choosePassword} onChange={() => setChoosePassword(true)} />
              {t('accounts.choosePassword')}
            </label>
          </fieldset>
          {choosePassword && (
            <TextField
              label={t('accounts.password')}
              type="password"
              value={password}
              onChange={setPassword}
              hint={t('accounts.passwordHint', { min: minPasswordLength })}
              autoComplete="new-password"
            />
          )}
          {create.isError && (
            <p role="alert" className="text-sm text-red-700">
              {describeAccountError(create.error, t, i18n.language)}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <button type="button" className="btn-secondary" onClick={close}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn-primary" disabled={create.isPending}>
              {create.isPending ? t('accounts.creating') : t('accounts.submitCreate')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
