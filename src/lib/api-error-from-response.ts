import { apiErrorBodySchema } from '@/contract/api-error';
import { ApiError } from './api-error';

/**
 * The `ApiError` for a failed answer, from its status and body text: the API's `{ error: { code, message } }`
 * when the body is one, else `bad_response` (a proxy or the dev server answered). `retryAt` is the moment its
 * `Retry-After` named, if it named one.
 */
export function apiErrorFromResponse(status: number, text: string, retryAt: number | null = null): ApiError {
  try {
    const parsed = apiErrorBodySchema.safeParse(JSON.parse(text));
    if (parsed.success) {
      const { code, message, details } = parsed.data.error;
      return new ApiError(code, message, status, details, retryAt);
    }
  } catch {
    // Not JSON: fall through to a generic error.
  }
  return new ApiError('bad_response', `HTTP ${status}`, status, undefined, retryAt);
}
