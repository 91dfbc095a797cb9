import { z } from 'zod/mini';

/** Stable error codes of the API. Clients branch on these, never on messages. */
export const apiErrorCodes = [
  'validation_failed',
  'invalid_body',
  'import_failed',
  'not_found',
  'version_conflict',
  'invalid_transition',
  'locked',
  'payload_too_large',
  'unsupported_media_type',
  'unsupported_schema_version',
  'unauthenticated',
  'forbidden',
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
  locked: 423,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unsupported_schema_version: 422,
  unauthenticated: 401,
  forbidden: 403,
  internal: 500,
};
