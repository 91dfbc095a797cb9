import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/lib/current-user';
import { useSignOut } from '../api/sign-out';

/** Who is signed in, in which role, and the way out. */
export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const signOut = useSignOut();
  return (
    <div className="flex items-center gap-2 text-sm">
      <span>
        <span className="font-medium">{user.name}</span>{' '}
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{t(`role.${user.role}`)}</span>
      </span>
      <button type="button" className="btn-secondary" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {t('auth.signOut')}
      </button>
    </div>
  );
}
