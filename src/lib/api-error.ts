import type { ApiErrorCode } from '@/contract/error-codes';
import type { ApiErrorBody } from '@/contract/api-error';

/**
 * Codes the client adds for failures that never reached the API: no connection, an answer that is not the API's,
 * no answer before the request's deadline.
 */
export type ClientErrorCode = 'network' | 'bad_response' | 'timeout';

/** An API failure as the app sees it: a stable code to branch on, plus what the server said. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode | ClientErrorCode,
    message: string,
    readonly status: number,
    readonly details: ApiErrorBody['error']['details'] = undefined,
    /** When the server asked to be tried again (its `Retry-After`), as epoch milliseconds; null when it did not say. */
    readonly retryAt: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown, code?: ApiError['code']): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
