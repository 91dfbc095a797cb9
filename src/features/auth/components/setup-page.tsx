import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { minPasswordLength } from '@/contract/account-endpoints';
import { TextField } from '@/components/ui/text-field';
import { isApiError } from '@/lib/api-error';
import { describeAccountError } from '@/lib/describe-account-error';
import { useNavigate, useSearchParams } from '@/lib/router';
import { useCreateFirstAdmin } from '../api/create-first-admin';
import '@/lib/locales/lazy/setup';

type SetupField = 'name' | 'email' | 'password';

/**
 * The first-run screen, opened from the one-time link the server prints when it starts with no account and no demo
 * data: it creates the first admin and signs them in.
 */
export function SetupPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const createAdmin = useCreateFirstAdmin();

  function submit(event: FormEvent) {
    event.preventDefault();
    createAdmin.mutate({ token, name, email, password }, { onSuccess: () => navigate('/', { replace: true }) });
  }

  const failure = createAdmin.error;
  const closed = isApiError(failure, 'already_set_up');
  const fieldLabels: Record<SetupField, string> = { name: t('setup.name'), email: t('setup.email'), password: t('setup.password') };
  const invalidFields = isApiError(failure, 'validation_failed')
    ? (failure.details?.issues ?? []).map((issue) => issue.path).filter((path): path is SetupField => path in fieldLabels)
    : [];
  const message =
    token === ''
      ? t('setup.noToken')
      : failure === null
        ? null
        : closed
          ? t('setup.alreadySetUp')
          : isApiError(failure, 'invalid_setup_token')
            ? t('setup.invalidToken')
            : isApiError(failure, 'weak_password')
              ? describeAccountError(failure, t, i18n.language)
            : invalidFields.length > 0
              ? t('setup.invalid', { fields: invalidFields.map((field) => fieldLabels[field]).join(', ') })
              : t('setup.failed');

  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6 px-6 py-12">
      <h1 className="text-2xl font-bold">{t('setup.title')}</h1>
      <p className="text-sm text-slate-700">{t('setup.intro')}</p>
      <form onSubmit={submit} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" noValidate>
        <TextField label={fieldLabels.name} autoComplete="name" value={name} invalid={invalidFields.includes('name')} onChange={setName} />
        <TextField
          label={fieldLabels.email}
          type="email"
          autoComplete="username"
          value={email}
          invalid={invalidFields.includes('email')}
          onChange={setEmail}
        />
        <TextField
          label={fieldLabels.password}
          type="password"
          autoComplete="new-password"
          value={password}
          hint={t('setup.passwordHint', { count: minPasswordLength })}
          invalid={invalidFields.includes('password')}
          onChange={setPassword}
        />
        {message !== null && (
          <p role="alert" className="text-sm text-red-700">
            {message}
          </p>
        )}
        {closed || token === '' ? (
          <button type="button" className="btn-secondary" onClick={() => navigate('/', { replace: true })}>
            {t('setup.goToSignIn')}
          </button>
        ) : (
          <button type="submit" className="btn-primary" disabled={createAdmin.isPending}>
            {createAdmin.isPending ? t('setup.submitting') : t('setup.submit')}
          </button>
        )}
      </form>
    </div>
  );
}
