import type { UploadProgress } from '@/lib/api-upload';

export interface UploadProgressSnapshot {
  /** Photos being prepared or sent. */
  count: number;
  /** Bytes sent over bytes to send, 0–1, across the uploads under way; null while none has started sending. */
  fraction: number | null;
}

export interface UploadProgressStore {
  /** A photo is being prepared (downscaled); returns its handle. */
  start(): number;
  progress(handle: number, progress: UploadProgress): void;
  finish(handle: number): void;
  subscribe(listener: () => void): () => void;
  /** Stable between changes, as `useSyncExternalStore` requires. */
  getSnapshot(): UploadProgressSnapshot;
}

/**
 * The photo uploads of one editor, outside React state: upload progress fires many times a second, and only the
 * progress bar subscribes to it, so the editor around it never re-renders for it.
 */
export function createUploadProgressStore(): UploadProgressStore {
  const uploads = new Map<number, UploadProgress | null>();
  const listeners = new Set<() => void>();
  let nextHandle = 0;
  let snapshot: UploadProgressSnapshot = { count: 0, fraction: null };

  function changed() {
    let loaded = 0;
    let total = 0;
    for (const progress of uploads.values()) {
      if (progress === null || progress.total === null) continue;
      loaded += progress.loaded;
      total += progress.total;
    }
    const fraction = total > 0 ? Math.min(1, loaded / total) : null;
    if (snapshot.count === uploads.size && snapshot.fraction === fraction) return;
    snapshot = { count: uploads.size, fraction };
    for (const listener of listeners) listener();
  }

  return {
    start() {
      nextHandle += 1;
      uploads.set(nextHandle, null);
      changed();
      return nextHandle;
    },
    progress(handle, progress) {
      if (!uploads.has(handle)) return;
      uploads.set(handle, progress);
      changed();
    },
    finish(handle) {
      uploads.delete(handle);
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}
