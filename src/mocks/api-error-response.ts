import { HttpResponse } from 'msw';
import { apiErrorBodySchema } from '../contract/api-error';
import { apiErrorStatus } from '../contract/error-codes';
import { ServiceError } from '../services/service-error';

/**
 * `{ error: { code, message, details } }` with the status the contract assigns to the code. Anything that is not a
 * ServiceError is a bug in the mock or the services: it is logged and answered with a bare 500.
 */
export function apiErrorResponse(error: unknown): Response {
  if (error instanceof ServiceError) {
    return HttpResponse.json(apiErrorBodySchema.parse(error.toBody()), { status: apiErrorStatus[error.code] });
  }
  console.error('[mock backend] unexpected error', error);
  return HttpResponse.json(
    apiErrorBodySchema.parse({ error: { code: 'internal', message: 'the mock backend failed unexpectedly' } }),
    { status: apiErrorStatus.internal },
  );
}
