import type { ApiError } from './api-error';

/**
 * The server, not the connection, failed: a 5xx, a 429, or no answer before the deadline (a frozen server). These
 * are worth trying again later, and the user is told the server has a problem, not that they are offline.
 */
export function isServerProblem(error: ApiError): boolean {
  return error.code === 'timeout' || error.status >= 500 || error.status === 429 || error.status === 408;
}
