import type { z } from 'zod/mini';
import { csrfHeaderName, csrfHeaderValue } from '@/contract/user-endpoints';
import { ApiError } from './api-error';
import { apiErrorFromResponse } from './api-error-from-response';
import { requestTimeouts } from './request-deadline';
import { retryAtFromHeader } from './retry-after';
import { notifySignedOut } from './signed-out';

export interface UploadProgress {
  /** Bytes of the request body sent so far. */
  loaded: number;
  /** Size of the request body; null when the browser cannot tell. */
  total: number | null;
}

interface UploadOptions<T> {
  formData: FormData;
  schema: z.ZodMiniType<T>;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** Give up when nothing has moved for this long (`timeout` error): a long upload on a slow link is fine, a stall is not. */
  stallTimeoutMs?: number;
}

/**
 * POSTs a form with `XMLHttpRequest`, because `fetch` reports no upload progress. Otherwise it behaves exactly like
 * `apiRequest`: the CSRF header, same-origin cookies, a zod-parsed answer, and every failure as an `ApiError`.
 */
export function apiUpload<T>(path: string, options: UploadOptions<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new DOMException('The upload was aborted.', 'AbortError'));
      return;
    }
    const request = new XMLHttpRequest();
    request.open('POST', path);
    // Same-origin requests carry cookies; `withCredentials` stays false so a cross-origin one never would.
    request.withCredentials = false;
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader(csrfHeaderName, csrfHeaderValue);

    // Not POSTed twice on a failure: an upload carries no Idempotency-Key, so the user decides to try again.
    const stallMs = options.stallTimeoutMs ?? requestTimeouts.uploadStall;
    let stalled = false;
    let stallTimer: ReturnType<typeof setTimeout> | undefined;
    const moved = () => {
      clearTimeout(stallTimer);
      stallTimer = setTimeout(() => {
        stalled = true;
        settle();
        // Rejected here, not in onabort: an aborted request that had no answer yet may fire no event at all.
        reject(new ApiError('timeout', `nothing moved for ${stallMs} ms`, 0));
        request.abort();
      }, stallMs);
    };
    const { onProgress } = options;
    request.upload.onprogress = (event) => {
      moved();
      onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    };
    request.onprogress = moved;
    const abort = () => request.abort();
    options.signal?.addEventListener('abort', abort, { once: true });
    const settle = () => {
      clearTimeout(stallTimer);
      options.signal?.removeEventListener('abort', abort);
    };

    request.onload = () => {
      settle();
      if (request.status < 200 || request.status >= 300) {
        const retryAt = retryAtFromHeader(request.getResponseHeader('Retry-After'), Date.now());
        const error = apiErrorFromResponse(request.status, request.responseText, retryAt);
        if (error.code === 'unauthenticated') notifySignedOut();
        reject(error);
        return;
      }
      let payload: unknown;
      try {
        payload = request.status === 204 ? undefined : JSON.parse(request.responseText);
      } catch {
        reject(new ApiError('bad_response', 'the answer is not JSON', request.status));
        return;
      }
      const parsed = options.schema.safeParse(payload);
      if (parsed.success) resolve(parsed.data);
      else reject(new ApiError('bad_response', parsed.error.message, request.status));
    };
    request.onerror = () => {
      settle();
      reject(new ApiError('network', 'network error', 0));
    };
    request.ontimeout = request.onerror;
    request.onabort = () => {
      settle();
      if (!stalled) reject(new DOMException('The upload was aborted.', 'AbortError'));
    };
    request.send(options.formData);
    moved();
  });
}
