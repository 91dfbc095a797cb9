import type { ApiErrorBody, FieldIssue } from '../contract/api-error';
import { apiErrorStatus, type ApiErrorCode } from '../contract/error-codes';
import type { Roundup } from '../schema/roundup';

export type ServiceErrorDetails = NonNullable<ApiErrorBody['error']['details']>;

/**
 * A refusal by the rules, with a stable `code` from the contract. The server and the mock turn it into
 * `{ error: { code, message, details } }` with `apiErrorStatus[code]`; anything else thrown is a bug (500).
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: ServiceErrorDetails,
  ) {
    super(message);
  }

  get status(): number {
    return apiErrorStatus[this.code];
  }

  toBody(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}

export function validationFailed(issues: FieldIssue[], message = 'the request is not valid'): ServiceError {
  return new ServiceError('validation_failed', message, { issues });
}

export function invalidBody(issues: FieldIssue[]): ServiceError {
  const count = issues.length === 1 ? 'one problem' : `${issues.length} problems`;
  return new ServiceError('invalid_body', `the roundup body has ${count}`, { issues });
}

export function notFound(id: string, resource: 'roundup' | 'photo' = 'roundup'): ServiceError {
  return new ServiceError('not_found', `${resource} "${id}" does not exist`);
}

export function versionConflict(current: Roundup): ServiceError {
  return new ServiceError(
    'version_conflict',
    `the roundup was saved elsewhere: it is now at version ${current.version}`,
    { current },
  );
}

export function payloadTooLarge(what: string, limitBytes: number): ServiceError {
  return new ServiceError('payload_too_large', `${what} is larger than the limit of ${limitBytes} bytes`, {
    limitBytes,
  });
}

export function unsupportedMediaType(message: string): ServiceError {
  return new ServiceError('unsupported_media_type', message);
}

export function unsupportedSchemaVersion(schemaVersion: number, supported: number): ServiceError {
  return new ServiceError(
    'unsupported_schema_version',
    `the roundup was stored with schemaVersion ${schemaVersion}, newer than this build understands (${supported})`,
  );
}

export function internalError(message: string): ServiceError {
  return new ServiceError('internal', message);
}

export function unauthenticated(message = 'sign in to continue'): ServiceError {
  return new ServiceError('unauthenticated', message);
}

export function tooManyAttempts(retryAfterSeconds: number): ServiceError {
  return new ServiceError('too_many_attempts', `too many failed sign-ins: try again in ${retryAfterSeconds} seconds`, {
    retryAfterSeconds,
  });
}

export function forbidden(message: string): ServiceError {
  return new ServiceError('forbidden', message);
}

export function invalidTransition(message: string): ServiceError {
  return new ServiceError('invalid_transition', message);
}
