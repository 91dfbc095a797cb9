import { maxPasswordLength, minPasswordLength, type WeakPasswordReason } from '../contract/account-endpoints';
import { demoPassword } from './demo-accounts';

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
