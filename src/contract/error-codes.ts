import { z } from 'zod/mini';

/** Stable error codes of the API. Clients branch on these, never on messages. */
export const apiErrorCodes = [
  'validation_failed',
  'invalid_body',
  'import_failed',
  'not_found',
  'version_conflict',
  'invalid_transition',
  'published_roundup_not_deletable',
  'locked',
  'payload_too_large',
  'unsupported_media_type',
  'unsupported_schema_version',
  'unauthenticated',
  'forbidden',
  'account_deactivated',
  'email_taken',
  'last_admin',
  'weak_password',
  'wrong_password',
  'too_many_attempts',
  'already_set_up',
  'invalid_setup_token',
  'internal',
] as const;

export const apiErrorCodeSchema = z.enum(apiErrorCodes);
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>;

/** HTTP status for each code, shared by the server and the mock. */
export const apiErrorStatus: Record<ApiErrorCode, number> = {
  validation_failed: 400,
  invalid_body: 400,
  import_failed: 422,
  not_found: 404,
  version_conflict: 409,
  invalid_transition: 409,
  /** DELETE of a roundup that is or was published: it is withdrawn (unpublished) instead, never deleted. */
  published_roundup_not_deletable: 409,
  locked: 423,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unsupported_schema_version: 422,
  unauthenticated: 401,
  forbidden: 403,
  /** Sign-in with the right password to an account an admin deactivated. */
  account_deactivated: 403,
  email_taken: 409,
  /** The change would leave no active admin. */
  last_admin: 409,
  weak_password: 400,
  /** The current password given to change one's own is wrong (not 401: the session itself is fine). */
  wrong_password: 403,
  /** Sign-in refused without checking the password: too many failures; `details.retryAfterSeconds`, `Retry-After`. */
  too_many_attempts: 429,
  /** POST /api/setup once an admin exists: the first-run path is closed for good. */
  already_set_up: 409,
  /** POST /api/setup without the token the server printed at start (or where it printed none). */
  invalid_setup_token: 403,
  internal: 500,
};
