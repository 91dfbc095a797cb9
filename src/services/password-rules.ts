import { maxPasswordLength, minPasswordLength, type WeakPasswordReason } from '../contract/account-endpoints';
import { demoPassword } from './demo-accounts';
import { ServiceError } from './service-error';

/**
 * Why `password` may not be the password of the account with `email`, or null when it may. Length counts code points
 * (a Korean syllable is one character); the address, its part before the @ and the published demo password are
 * refused whatever their case, since they are the first guesses of anyone who knows the account.
 */
export function weakPasswordReason(password: string, email: string): WeakPasswordReason | null {
  const length = [...password].length;
  if (length < minPasswordLength) return 'too_short';
  if (length > maxPasswordLength) return 'too_long';
  const folded = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  if (folded === address || folded === address.split('@')[0]) return 'same_as_email';
  if (folded === demoPassword) return 'published';
  return null;
}

const weakPasswordMessages = {
  too_short: `the password needs at least ${minPasswordLength} characters`,
  too_long: 'the password is too long',
  same_as_email: 'the password may not be the email address',
  published: 'the password may not be the published demo password',
  unchanged: 'the new password is the current one',
} as const;

/** Refuses with 400 `weak_password` (and `details.reason`) a password `weakPasswordReason` finds weak. */
export function assertStrongPassword(password: string, email: string): void {
  const reason = weakPasswordReason(password, email);
  if (reason !== null) throw weakPassword(reason);
}

export function weakPassword(reason: WeakPasswordReason): ServiceError {
  return new ServiceError('weak_password', weakPasswordMessages[reason], { reason });
}
