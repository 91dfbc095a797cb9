import type { z } from 'zod/mini';
import { csrfHeaderName, csrfHeaderValue } from '@/contract/user-endpoints';
import { ApiError } from './api-error';
import { apiErrorFromResponse } from './api-error-from-response';
import { notifySignedOut } from './signed-out';

// Where the app has always imported it from; the registry itself is shared with `api-upload.ts`.
export { onSignedOut } from './signed-out';

interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  json?: unknown;
  formData?: FormData;
  headers?: Record<string, string>;
  /** Parses the response; for 204 it is given `undefined` (use `z.undefined()`). */
  schema: z.ZodMiniType<T>;
  signal?: AbortSignal;
  /** Let the request outlive the page (a lock released as the tab closes). */
  keepalive?: boolean;
}

/**
 * `fetch` to the API with every failure as an `ApiError`: a network failure, or an answer that is not 2xx (a lost
 * session also tells the app it is signed out). An abort is passed through as it is.
 */
export async function sendToApi(path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network', error instanceof Error ? error.message : 'network error', 0);
  }
  if (!response.ok) {
    const error = apiErrorFromResponse(response.status, await response.text());
    if (error.code === 'unauthenticated') notifySignedOut();
    throw error;
  }
  return response;
}

/**
 * One fetch wrapper for every endpoint: JSON in, zod-parsed JSON out, and every failure as an `ApiError` with a
 * stable code, so components never parse responses or guess at status codes.
 */
export async function apiRequest<T>(path: string, options: RequestOptions<T>): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', [csrfHeaderName]: csrfHeaderValue, ...options.headers };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.formData !== undefined) {
    body = options.formData;
  }
  const response = await sendToApi(path, {
    method: options.method ?? 'GET',
    headers,
    body,
    credentials: 'same-origin',
    signal: options.signal,
    ...(options.keepalive === true ? { keepalive: true } : {}),
  });
  const payload: unknown = response.status === 204 ? undefined : await response.json();
  const parsed = options.schema.safeParse(payload);
  if (!parsed.success) throw new ApiError('bad_response', parsed.error.message, response.status);
  return parsed.data;
}
