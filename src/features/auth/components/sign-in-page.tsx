import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { demoAccounts, demoPassword } from '@/services/demo-accounts';
import { isApiError } from '@/lib/api-error';
import { useSignIn } from '../api/sign-in';

/** Email and password, with the demo accounts one click away when the backend has them. */
export function SignInPage({ showDemoAccounts }: { showDemoAccounts: boolean }) {
  const { t } = useTranslation();
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn();

  function submit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate({ email, password });
  }

  const error = signIn.error
    ? isApiError(signIn.error, 'unauthenticated')
      ? t('auth.wrongCredentials')
      : isApiError(signIn.error, 'validation_failed')
        ? t('auth.fillBoth')
        : t('auth.failed')
    : null;

  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6 px-6 py-12">
      <h1 className="text-2xl font-bold">{t('auth.title')}</h1>
      <form onSubmit={submit} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" noValidate>
        <div className="flex flex-col gap-1">
          <label htmlFor={emailId} className="text-sm font-medium">
            {t('auth.email')}
          </label>
          <input
            id={emailId}
            type="email"
            autoComplete="username"
            className="field"
            value={email}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={passwordId} className="text-sm font-medium">
            {t('auth.password')}
          </label>
          <input
            id={passwordId}
            type="password"
            autoComplete="current-password"
            className="field"
            value={password}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        {error && (
          <p id={errorId} role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        <button type="submit" className="btn-primary" disabled={signIn.isPending}>
          {signIn.isPending ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
      {showDemoAccounts && (
        <section aria-labelledby={`${emailId}-demo`} className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm">
          <h2 id={`${emailId}-demo`} className="font-semibold text-amber-950">
            {t('auth.demoTitle')}
          </h2>
          <p className="mt-1 text-amber-950">{t('auth.demoHint', { password: demoPassword })}</p>
          <ul className="mt-3 flex flex-col gap-2">
            {demoAccounts.map((account) => (
              <li key={account.id}>
                <button
                  type="button"
                  className="btn-secondary w-full justify-between"
                  onClick={() => {
                    setEmail(account.email);
                    setPassword(demoPassword);
                    signIn.mutate({ email: account.email, password: demoPassword });
                  }}
                >
                  <span>{t('auth.signInAs', { role: t(`role.${account.role}`), name: account.name })}</span>
                  <span className="text-xs text-slate-600">{account.email}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
