import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { demoAccounts, demoPassword } from '@/services/demo-accounts';
import { TextField } from '@/components/ui/text-field';
import { isApiError } from '@/lib/api-error';
import { useSignIn } from '../api/sign-in';
import { waitDuration } from '../lib/wait-duration';

/** Email and password, with the demo accounts one click away when the backend has them. */
export function SignInPage({ showDemoAccounts }: { showDemoAccounts: boolean }) {
  const { t } = useTranslation();
  const demoHeadingId = useId();
  const errorId = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn();

  function submit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate({ email, password });
  }

  const error = signIn.error ? signInErrorText(signIn.error) : null;

  function signInErrorText(failure: Error): string {
    if (isApiError(failure, 'unauthenticated')) return t('auth.wrongCredentials');
    if (isApiError(failure, 'validation_failed')) return t('auth.fillBoth');
    if (isApiError(failure, 'account_deactivated')) return t('apiError.codes.account_deactivated');
    const retryAfterSeconds = isApiError(failure, 'too_many_attempts') ? failure.details?.retryAfterSeconds : undefined;
    if (retryAfterSeconds !== undefined) {
      const wait = waitDuration(retryAfterSeconds);
      return t('auth.tooManyAttempts', { wait: t(wait.key, { count: wait.count }) });
    }
    return t('auth.failed');
  }

  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6 px-6 py-12">
      <h1 className="text-2xl font-bold">{t('auth.title')}</h1>
      <form onSubmit={submit} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" noValidate>
        <TextField
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          value={email}
          invalid={error !== null}
          describedBy={error ? errorId : undefined}
          onChange={setEmail}
        />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          invalid={error !== null}
          describedBy={error ? errorId : undefined}
          onChange={setPassword}
        />
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
        <section aria-labelledby={demoHeadingId} className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm">
          <h2 id={demoHeadingId} className="font-semibold text-amber-950">
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
