import type { TFunction } from 'i18next';
import { minPasswordLength, weakPasswordReasons, type WeakPasswordReason } from '@/contract/account-endpoints';
import { isApiError } from './api-error';
import { describeApiError } from './describe-api-error';
import '@/lib/locales/lazy/account-errors';

function isWeakPasswordReason(reason: string | undefined): reason is WeakPasswordReason {
  return weakPasswordReasons.some((known) => known === reason);
}

/** Codes an account request answers with a meaning of its own here; any other goes to `describeApiError`. */
const accountCodes = ['email_taken', 'last_admin', 'wrong_password', 'forbidden', 'not_found', 'validation_failed'] as const;

/**
 * What to tell the user when an account request (manage accounts, change my password) was refused, in their
 * language, from the error's stable `code` and `details.reason`, never the server's English sentence. Failures that
 * are not about accounts (no connection, a server problem) read as everywhere else in the app.
 */
export function describeAccountError(error: unknown, t: TFunction, locale: string): string {
  if (!isApiError(error)) return describeApiError(error, t, locale);
  if (error.code === 'weak_password') {
    const reason = error.details?.reason;
    return isWeakPasswordReason(reason) ? t(`accounts.errors.weak.${reason}`, { min: minPasswordLength }) : t('accounts.errors.unknown');
  }
  const known = accountCodes.find((code) => code === error.code);
  return known === undefined ? describeApiError(error, t, locale) : t(`accounts.errors.${known}`);
}
