import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '@/contract/account-endpoints';
import { userRoles, type UserRole } from '@/contract/user-endpoints';
import { mayManageAccounts } from '@/services/access-rules';
import { useToast } from '@/components/ui/use-toast';
import { useCurrentUser } from '@/lib/current-user';
import { describeAccountError } from '@/lib/describe-account-error';
import { formatDateTime } from '@/lib/kst-datetime';
import { useAccounts } from '../api/list-accounts';
import { useResetPassword } from '../api/reset-password';
import { useUpdateAccount } from '../api/update-account';
import { ConfirmAccountActionDialog, type AccountAction } from './confirm-account-action-dialog';
import { CreateAccountDialog } from './create-account-dialog';
import { TemporaryPasswordDialog } from './temporary-password-dialog';
import '@/lib/locales/lazy/accounts';

/** The admin screen at /accounts: every account, its role and state, and what an admin may do with it. */
export function AccountsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <section aria-labelledby="accounts-title" className="mx-auto flex w-full max-w-6xl flex-col gap-4 p-6">
      <h1 id="accounts-title" className="text-2xl font-bold tracking-tight">
        {t('accounts.title')}
      </h1>
      {mayManageAccounts(user) ? <AccountsManager /> : <p className="text-sm text-slate-700">{t('accounts.adminsOnly')}</p>}
    </section>
  );
}

function AccountsManager() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const toast = useToast();
  const accounts = useAccounts();
  const update = useUpdateAccount();
  const reset = useResetPassword();
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<{ action: AccountAction; account: Account } | null>(null);
  const [shown, setShown] = useState<{ account: Account; password: string } | null>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  function changeRole(account: Account, role: UserRole) {
    update.mutate(
      { id: account.id, change: { role } },
      {
        onSuccess: (changed) => toast.show({ tone: 'success', message: t('accounts.roleChanged', { name: changed.name, role: t(`role.${changed.role}`) }) }),
        onError: (error) => toast.show({ tone: 'error', message: describeAccountError(error, t, i18n.language) }),
      },
    );
  }

  function ask(action: AccountAction, account: Account, opener: HTMLElement) {
    update.reset();
    reset.reset();
    returnFocus.current = opener;
    setConfirming({ action, account });
  }

  function confirm(close: () => void) {
    if (confirming === null) return;
    const { action, account } = confirming;
    if (action === 'reset') {
      reset.mutate(account.id, {
        onSuccess: (result) => {
          close();
          if (result.temporaryPassword !== undefined) setShown({ account: result.account, password: result.temporaryPassword });
        },
      });
      return;
    }
    update.mutate(
      { id: account.id, change: { active: action === 'reactivate' } },
      {
        onSuccess: (changed) => {
          close();
          toast.show({
            tone: 'success',
            message: t(changed.active ? 'accounts.reactivatedDone' : 'accounts.deactivatedDone', { name: changed.name }),
          });
        },
      },
    );
  }

  const confirmError = confirming?.action === 'reset' ? reset.error : update.error;

  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <p className="max-w-3xl text-sm text-slate-700">{t('accounts.help')}</p>
        <button ref={createButton} type="button" className="btn-primary" aria-haspopup="dialog" onClick={() => setCreating(true)}>
          {t('accounts.create')}
        </button>
      </div>
      {accounts.isPending && (
        <p role="status" className="text-sm text-slate-600">
          {t('common.loading')}
        </p>
      )}
      {accounts.isError && (
        <p role="alert" className="text-sm text-red-700">
          {t('accounts.loadFailed')}
        </p>
      )}
      {accounts.data !== undefined && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('accounts.listLabel')}</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-semibold">{t('accounts.columns.name')}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t('accounts.columns.email')}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t('accounts.columns.role')}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t('accounts.columns.status')}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t('accounts.columns.lastSignIn')}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t('accounts.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.data.items.map((account) => (
                <tr key={account.id} className={`border-b border-slate-100 last:border-0 ${account.active ? '' : 'bg-slate-50 text-slate-600'}`}>
                  <th scope="row" className="px-4 py-2 font-medium">
                    {account.name}
                    {account.id === me.id && <span className="ml-1.5 text-xs font-normal text-slate-600">({t('accounts.you')})</span>}
                  </th>
                  <td className="px-4 py-2">{account.email}</td>
                  <td className="px-4 py-2">
                    <select
                      className="field py-1"
                      aria-label={t('accounts.roleOf', { name: account.name })}
                      value={account.role}
                      disabled={update.isPending}
                      onChange={(event) => {
                        const role = userRoles.find((each) => each === event.target.value);
                        if (role !== undefined && role !== account.role) changeRole(account, role);
                      }}
                    >
                      {userRoles.map((role) => (
                        <option key={role} value={role}>
                          {t(`role.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="px-4 py-2">
                    <span
                      className={`rounded-full px-2 py-0.5 text-xs font-medium ${account.active ? 'bg-emerald-50 text-emerald-800' : 'bg-slate-200 text-slate-700'}`}
                    >
                      {account.active ? t('accounts.active') : t('accounts.deactivated')}
                    </span>
                  </td>
                  <td className="px-4 py-2 whitespace-nowrap tabular-nums">
                    {account.lastSignedInAt === null ? t('accounts.neverSignedIn') : formatDateTime(account.lastSignedInAt, i18n.language)}
                  </td>
                  <td className="px-4 py-2">
                    <div className="flex flex-wrap gap-1.5">
                      <button
                        type="button"
                        className="btn-tiny"
                        aria-haspopup="dialog"
                        aria-label={`${t('accounts.resetPassword')}: ${account.name}`}
                        onClick={(event) => ask('reset', account, event.currentTarget)}
                      >
                        {t('accounts.resetPassword')}
                      </button>
                      <button
                        type="button"
                        className="btn-tiny"
                        aria-haspopup="dialog"
                        aria-label={`${account.active ? t('accounts.deactivate') : t('accounts.reactivate')}: ${account.name}`}
                        onClick={(event) => ask(account.active ? 'deactivate' : 'reactivate', account, event.currentTarget)}
                      >
                        {account.active ? t('accounts.deactivate') : t('accounts.reactivate')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {creating && (
        <CreateAccountDialog
          onClose={() => {
            setCreating(false);
            createButton.current?.focus();
          }}
          onCreated={(created) => {
            toast.show({ tone: 'success', message: t('accounts.created', { name: created.account.name }) });
            if (created.temporaryPassword !== undefined) setShown({ account: created.account, password: created.temporaryPassword });
          }}
        />
      )}
      {confirming !== null && (
        <ConfirmAccountActionDialog
          action={confirming.action}
          account={confirming.account}
          pending={update.isPending || reset.isPending}
          error={confirmError}
          onConfirm={confirm}
          onClose={() => {
            setConfirming(null);
            returnFocus.current?.focus();
          }}
        />
      )}
      {shown !== null && (
        <TemporaryPasswordDialog
          account={shown.account}
          password={shown.password}
          onClose={() => {
            setShown(null);
            createButton.current?.focus();
          }}
        />
      )}
    </>
  );
}
