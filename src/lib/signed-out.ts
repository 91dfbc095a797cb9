const listeners = new Set<() => void>();

/** Called whenever the API answers 401: the session ended (expired, signed out elsewhere). */
export function onSignedOut(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener that the API said 401; every request path (fetch, upload) calls it. */
export function notifySignedOut(): void {
  for (const listener of listeners) listener();
}
