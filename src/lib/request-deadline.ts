/** How long each kind of request may take before it is given up on (milliseconds). */
export const requestTimeouts = {
  /** A read: the API answers one in well under a second, so 15 s means it is not coming. */
  read: 15_000,
  /** A save or another write: bodies of several hundred kB, and the server may wait on a database lock. */
  write: 30_000,
  /** A download (an export): generated on demand, can be several MB. */
  download: 60_000,
  /** An upload gives up when no byte has moved for this long, however long the whole upload takes. */
  uploadStall: 30_000,
} as const;

export interface RequestDeadline {
  /** Aborts when the caller's signal does, or when the deadline passes (with a `TimeoutError`). */
  signal: AbortSignal;
  /** True once the deadline, not the caller, aborted the request. */
  expired: () => boolean;
  /** Stops the clock once the answer is read. */
  clear: () => void;
}

/**
 * A deadline combined with the caller's signal. The same as `AbortSignal.any([signal, AbortSignal.timeout(ms)])`,
 * but on `setTimeout`, so that tests with fake timers can make a request time out without waiting for it.
 */
export function requestDeadline(ms: number, callerSignal?: AbortSignal): RequestDeadline {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError'));
  }, ms);
  const forward = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted === true) forward();
  else callerSignal?.addEventListener('abort', forward, { once: true });
  return {
    signal: controller.signal,
    expired: () => expired,
    clear: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', forward);
    },
  };
}
