import { apiErrorBodySchema } from '../contract/api-error';
import { apiErrorStatus } from '../contract/error-codes';
import { ServiceError } from '../services/service-error';

export interface ErrorLogger {
  error: (message: string, error: unknown) => void;
}

/**
 * `{ error: { code, message, details } }` with the status the contract assigns to the code. Anything that is not a
 * ServiceError is a bug: it is logged and answered with a bare 500 that reveals nothing.
 */
/** What every API answer carries: never cached, never content-sniffed. */
const apiResponseHeaders = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

export function apiErrorResponse(error: unknown, logger: ErrorLogger = console): Response {
  if (error instanceof ServiceError) {
    const retryAfter = error.details?.retryAfterSeconds;
    const headers = retryAfter === undefined ? apiResponseHeaders : { ...apiResponseHeaders, 'Retry-After': String(retryAfter) };
    return Response.json(apiErrorBodySchema.parse(error.toBody()), { status: apiErrorStatus[error.code], headers });
  }
  logger.error('[api] unexpected error', error);
  return Response.json(apiErrorBodySchema.parse({ error: { code: 'internal', message: 'the server failed unexpectedly' } }), {
    status: apiErrorStatus.internal,
    headers: apiResponseHeaders,
  });
}
