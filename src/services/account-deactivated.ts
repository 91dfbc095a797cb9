import { ServiceError } from './service-error';

/**
 * Sign-in with the right password to an account an admin deactivated. Said plainly (a colleague who left the desk
 * or the newsroom should know whom to ask), and only after the password matched, so it tells a guesser nothing.
 */
export function accountDeactivated(): ServiceError {
  return new ServiceError('account_deactivated', 'this account has been deactivated; ask an administrator');
}
