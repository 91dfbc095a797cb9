import { isApiError } from './api-error';
import { isServerProblem } from './server-problem';

/** How often, and how patiently, a request that is safe to repeat is tried again before its caller hears of it. */
export const requestRetryPolicy = {
  /** Tries after the first one. */
  retries: 2,
  /** Wait before the first retry; doubles for each one after. */
  baseDelayMs: 1_000,
  /** A `Retry-After` further away than this is not waited for here: the caller shows when to try again. */
  maxDelayMs: 30_000,
} as const;

/**
 * Whether (and after how long) to try again a request that is safe to repeat — a read, or a write carrying an
 * Idempotency-Key — after it failed with `error` on try number `attempt` (0 for the first). Null: give up now.
 */
export function retryDelayMs(error: unknown, attempt: number, now: number): number | null {
  if (attempt >= requestRetryPolicy.retries || !isApiError(error)) return null;
  if (error.code !== 'network' && !isServerProblem(error)) return null;
  const backoff = requestRetryPolicy.baseDelayMs * 2 ** attempt;
  const asked = error.retryAt === null ? 0 : error.retryAt - now;
  if (asked > requestRetryPolicy.maxDelayMs) return null;
  return Math.max(backoff, asked);
}
