import type { z } from 'zod/mini';
import { idempotencyKeyHeader } from '@/contract/routes';
import { csrfHeaderName, csrfHeaderValue } from '@/contract/user-endpoints';
import { ApiError } from './api-error';
import { apiErrorFromResponse } from './api-error-from-response';
import { requestDeadline, requestTimeouts } from './request-deadline';
import { retryDelayMs } from './request-retry';
import { retryAtFromHeader } from './retry-after';
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
  /** Give up after this long (`timeout` error); by default a read's or a write's deadline (`requestTimeouts`). */
  timeoutMs?: number;
  /**
   * Try again, backed off, after a network failure, a timeout or a server problem. By default only what is safe to
   * repeat is: a GET, or a write carrying an Idempotency-Key. A caller that retries on its own (autosave) says false.
   */
  retry?: boolean;
}

interface SendOptions<Body> {
  timeoutMs: number;
  /** Reads the body inside the deadline, so an answer that stalls halfway times out too. */
  read: (response: Response) => Promise<Body>;
}

/**
 * `fetch` to the API with every failure as an `ApiError`: a network failure, no answer before the deadline
 * (`timeout`), or an answer that is not 2xx (a lost session also tells the app it is signed out). An abort by the
 * caller is passed through as it is.
 */
async function sendOnce<Body>(
  path: string,
  init: RequestInit,
  { timeoutMs, read }: SendOptions<Body>,
): Promise<{ response: Response; body: Body }> {
  const deadline = requestDeadline(timeoutMs, init.signal ?? undefined);
  try {
    const response = await fetch(path, { ...init, signal: deadline.signal });
    if (!response.ok) {
      const retryAt = retryAtFromHeader(response.headers.get('Retry-After'), Date.now());
      const error = apiErrorFromResponse(response.status, await response.text(), retryAt);
      if (error.code === 'unauthenticated') notifySignedOut();
      throw error;
    }
    return { response, body: await read(response) };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (deadline.expired()) throw new ApiError('timeout', `no answer within ${timeoutMs} ms`, 0);
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    if (error instanceof SyntaxError) throw new ApiError('bad_response', 'the answer is not JSON', 0);
    throw new ApiError('network', error instanceof Error ? error.message : 'network error', 0);
  } finally {
    deadline.clear();
  }
}

function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(new DOMException('The request was aborted.', 'AbortError'));
      return;
    }
    const stop = () => {
      clearTimeout(timer);
      reject(new DOMException('The request was aborted.', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/**
 * Sends with a deadline and, when `retry` is set, tries again (backed off, and not before the server's
 * `Retry-After`) a bounded number of times.
 */
async function send<Body>(
  path: string,
  init: RequestInit,
  options: SendOptions<Body> & { retry: boolean },
): Promise<{ response: Response; body: Body }> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await sendOnce(path, init, options);
    } catch (error) {
      const delay = options.retry ? retryDelayMs(error, attempt, Date.now()) : null;
      if (delay === null) throw error;
      await wait(delay, init.signal);
    }
  }
}

/**
 * A request to the API whose body the caller reads itself (a download): the same deadline, retries for GETs and
 * errors as `apiRequest`.
 */
export async function sendToApi(
  path: string,
  init: RequestInit,
  timeoutMs: number = requestTimeouts.download,
): Promise<{ response: Response; blob: Blob }> {
  const method = (init.method ?? 'GET').toUpperCase();
  const { response, body } = await send(path, init, { timeoutMs, read: (answer) => answer.blob(), retry: method === 'GET' || method === 'HEAD' });
  return { response, blob: body };
}

/**
 * One fetch wrapper for every endpoint: JSON in, zod-parsed JSON out, and every failure as an `ApiError` with a
 * stable code, so components never parse responses or guess at status codes. Every request has a deadline.
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
  const method = options.method ?? 'GET';
  const safeToRepeat = method === 'GET' || Object.keys(headers).some((name) => name.toLowerCase() === idempotencyKeyHeader.toLowerCase());
  const { response, body: payload } = await send(
    path,
    {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
      ...(options.keepalive === true ? { keepalive: true } : {}),
    },
    {
      timeoutMs: options.timeoutMs ?? (method === 'GET' ? requestTimeouts.read : requestTimeouts.write),
      read: async (answer): Promise<unknown> => (answer.status === 204 ? undefined : answer.json()),
      retry: options.retry ?? safeToRepeat,
    },
  );
  const parsed = options.schema.safeParse(payload);
  if (!parsed.success) throw new ApiError('bad_response', parsed.error.message, response.status);
  return parsed.data;
}
