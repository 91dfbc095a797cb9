import type { z } from 'zod';
import { apiErrorBodySchema } from '@/contract/api-error';
import { csrfHeaderName, csrfHeaderValue } from '@/contract/user-endpoints';
import { ApiError } from './api-error';

const signedOutListeners = new Set<() => void>();

/** Called whenever the API answers 401: the session ended (expired, signed out elsewhere). */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

function notifySignedOut(): void {
  for (const listener of signedOutListeners) listener();
}

interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  json?: unknown;
  formData?: FormData;
  headers?: Record<string, string>;
  /** Parses the response; for 204 it is given `undefined` (use `z.undefined()`). */
  schema: z.ZodType<T>;
  signal?: AbortSignal;
}

async function errorFrom(response: Response): Promise<ApiError> {
  const text = await response.text();
  try {
    const parsed = apiErrorBodySchema.safeParse(JSON.parse(text));
    if (parsed.success) {
      const { code, message, details } = parsed.data.error;
      return new ApiError(code, message, response.status, details);
    }
  } catch {
    // Not JSON: a proxy or the dev server answered. Fall through to a generic error.
  }
  return new ApiError('bad_response', `HTTP ${response.status}`, response.status);
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
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network', error instanceof Error ? error.message : 'network error', 0);
  }
  if (!response.ok) {
    const error = await errorFrom(response);
    if (error.code === 'unauthenticated') notifySignedOut();
    throw error;
  }
  const payload: unknown = response.status === 204 ? undefined : await response.json();
  const parsed = options.schema.safeParse(payload);
  if (!parsed.success) throw new ApiError('bad_response', parsed.error.message, response.status);
  return parsed.data;
}
