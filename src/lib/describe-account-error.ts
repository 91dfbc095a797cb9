import type { TFunction } from 'i18next';
import { minPasswordLength, weakPasswordReasons, type WeakPasswordReason } from '@/contract/account-endpoints';
import { isApiError } from './api-error';

function isWeakPasswordReason(reason: string | undefined): reason is WeakPasswordReason {
  return weakPasswordReasons.some((known) => known === reason);
}

const accountCodes = ['email_taken', 'last_admin', 'wrong_password', 'forbidden', 'not_found', 'validation_failed', 'unauthenticated'] as const;

/**
 * What to tell the user when an account request (manage accounts, change my password) was refused, in their
 * language, from the error's stable `code` and `details.reason`, never the server's English sentence.
 */
export function describeAccountError(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('accounts.errors.unknown');
  if (error.code === 'weak_password') {
    const reason = error.details?.reason;
    return isWeakPasswordReason(reason) ? t(`accounts.errors.weak.${reason}`, { min: minPasswordLength }) : t('accounts.errors.unknown');
  }
  const known = accountCodes.find((code) => code === error.code);
  return known === undefined ? t('accounts.errors.unknown') : t(`accounts.errors.${known}`);
}
