import { Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayManageAccounts } from '@/services/access-rules';
import { useCurrentUser } from '@/lib/current-user';
import { NavLink } from '@/lib/router';
import { preloadableLazy } from '@/lib/preloadable-lazy';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { lazyDialogFallback } from '@/components/ui/lazy-dialog-fallback';
import { useSignOut } from '../api/sign-out';

// The dialog loads when asked for, not with every screen.
// Tried twice; if it still cannot load (a deploy replaced it), a notice says so and the header stays usable.
const ChangePasswordDialog = preloadableLazy(() => import('./change-password-dialog').then((module) => module.ChangePasswordDialog));

/** Who is signed in, in which role, their password, the accounts screen for admins, and the way out. */
export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const signOut = useSignOut();
  const [changingPassword, setChangingPassword] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <div className="flex items-center gap-2 text-sm">
      <span>
        <span className="font-medium">{user.name}</span>{' '}
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{t(`role.${user.role}`)}</span>
      </span>
      {mayManageAccounts(user) && (
        <NavLink to="/accounts" className={({ isActive }) => `nav-link${isActive ? ' is-active' : ''}`}>
          {t('accounts.menuLink')}
        </NavLink>
      )}
      <button ref={opener} type="button" className="btn-secondary" aria-haspopup="dialog" onClick={() => setChangingPassword(true)}>
        {t('changePassword.open')}
      </button>
      <button type="button" className="btn-secondary" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {t('auth.signOut')}
      </button>
      {changingPassword && (
        <ErrorBoundary fallback={lazyDialogFallback(ChangePasswordDialog, () => setChangingPassword(false), t('errorBoundary.close'))}>
          <Suspense fallback={null}>
            <ChangePasswordDialog
              onClose={() => {
                setChangingPassword(false);
                opener.current?.focus();
              }}
            />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}
