import { useCallback, useEffect, useRef, useState } from 'react';
import type { SaveRoundupRequest } from '@/contract/roundup-endpoints';
import type { Roundup } from '@/schema/roundup';
import { createRandomId } from '@/schema/random-id';
import { isApiError } from '@/lib/api-error';
import { useSaveRoundup } from '../api/save-roundup';
import type { SaveState } from './save-state';

export interface AutosaveTiming {
  /** Save this long after the last change. */
  idleMs: number;
  /** …but never later than this after the first unsaved change, even while typing goes on. */
  maxWaitMs: number;
  /** First retry delay when offline; doubles up to `maxRetryMs`. */
  retryMs: number;
  maxRetryMs: number;
}

export const defaultAutosaveTiming: AutosaveTiming = { idleMs: 1500, maxWaitMs: 8000, retryMs: 2000, maxRetryMs: 30_000 };

interface AutosaveOptions {
  roundup: Roundup;
  /** The version the editor content is based on; older than `roundup.version` when restored from the journal. */
  baseVersion?: number;
  /** Reads the document at save time: serialisation happens here, never on the keystroke path. */
  snapshot: () => Omit<SaveRoundupRequest, 'baseVersion'>;
  onSaved?: (roundup: Roundup) => void;
  timing?: AutosaveTiming;
}

export interface Autosave {
  state: SaveState;
  /** Tell autosave something changed. Cheap: safe to call on every transaction. */
  markDirty: () => void;
  saveNow: () => void;
  /** Keep my version: save it over the server's current one. */
  overwrite: () => void;
  /** Accept the server's version as the new base (the caller replaces the editor content). */
  acceptServerVersion: (current: Roundup) => void;
  hasUnsavedChanges: () => boolean;
  baseVersion: () => number;
}


/**
 * Debounced autosave: one save at a time, at most one queued, a stable Idempotency-Key per attempt, offline
 * retries with back-off, and a stop on 409 so nothing the reporter typed is overwritten or silently lost.
 */
export function useAutosave({
  roundup,
  baseVersion: initialBaseVersion = roundup.version,
  snapshot,
  onSaved,
  timing = defaultAutosaveTiming,
}: AutosaveOptions): Autosave {
  const { mutateAsync } = useSaveRoundup();
  const [state, setState] = useState<SaveState>({ kind: 'saved', savedAt: roundup.updatedAt });
  const stateKind = useRef<SaveState['kind']>('saved');
  const baseVersion = useRef(initialBaseVersion);
  const dirty = useRef(false);
  const inFlight = useRef(false);
  const firstDirtyAt = useRef<number | null>(null);
  const idleTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryDelay = useRef(timing.retryMs);
  const pendingAttempt = useRef<{ request: SaveRoundupRequest; idempotencyKey: string } | null>(null);
  const latest = useRef({ snapshot, onSaved, roundupId: roundup.id });
  latest.current = { snapshot, onSaved, roundupId: roundup.id };

  const show = useCallback((next: SaveState) => {
    stateKind.current = next.kind;
    setState(next);
  }, []);

  const clearTimers = useCallback(() => {
    if (idleTimer.current !== null) clearTimeout(idleTimer.current);
    if (retryTimer.current !== null) clearTimeout(retryTimer.current);
    idleTimer.current = null;
    retryTimer.current = null;
  }, []);

  const save = useCallback(async (): Promise<void> => {
    if (inFlight.current || stateKind.current === 'conflict') return;
    let attempt = pendingAttempt.current;
    if (attempt === null) {
      if (!dirty.current) return;
      attempt = {
        request: { baseVersion: baseVersion.current, ...latest.current.snapshot() },
        idempotencyKey: createRandomId(),
      };
      dirty.current = false;
      firstDirtyAt.current = null;
    }
    // A failed attempt is resent byte for byte with its key: if the server did apply it and only the answer was
    // lost, the retry replays that answer instead of conflicting with our own save.
    pendingAttempt.current = attempt;
    clearTimers();
    inFlight.current = true;
    show({ kind: 'saving' });
    try {
      const saved = await mutateAsync({ id: latest.current.roundupId, ...attempt });
      pendingAttempt.current = null;
      baseVersion.current = saved.version;
      retryDelay.current = timing.retryMs;
      latest.current.onSaved?.(saved);
      inFlight.current = false;
      if (dirty.current) {
        show({ kind: 'pending' });
        void save();
      } else {
        show({ kind: 'saved', savedAt: saved.updatedAt });
      }
    } catch (error) {
      inFlight.current = false;
      if (isApiError(error, 'network') || (isApiError(error) && error.status >= 500)) {
        show({ kind: 'offline' });
        retryTimer.current = setTimeout(() => void save(), retryDelay.current);
        retryDelay.current = Math.min(retryDelay.current * 2, timing.maxRetryMs);
        return;
      }
      pendingAttempt.current = null;
      dirty.current = true;
      if (isApiError(error, 'version_conflict') && error.details?.current) {
        show({ kind: 'conflict', current: error.details.current });
        return;
      }
      const issue = isApiError(error) ? error.details?.issues?.[0] : undefined;
      show({
        kind: 'error',
        message: error instanceof Error ? error.message : String(error),
        ...(issue?.location ? { location: issue.location } : {}),
      });
    }
  }, [clearTimers, mutateAsync, show, timing.maxRetryMs, timing.retryMs]);

  const markDirty = useCallback(() => {
    dirty.current = true;
    if (stateKind.current === 'conflict') return;
    const now = Date.now();
    firstDirtyAt.current ??= now;
    if (stateKind.current === 'saved' || stateKind.current === 'error') show({ kind: 'pending' });
    if (inFlight.current || stateKind.current === 'offline') return;
    if (idleTimer.current !== null) clearTimeout(idleTimer.current);
    const waited = now - firstDirtyAt.current;
    const delay = Math.max(0, Math.min(timing.idleMs, timing.maxWaitMs - waited));
    idleTimer.current = setTimeout(() => void save(), delay);
  }, [save, show, timing.idleMs, timing.maxWaitMs]);

  const saveNow = useCallback(() => {
    if (stateKind.current === 'offline') retryDelay.current = timing.retryMs;
    dirty.current = true;
    if (stateKind.current === 'error' || stateKind.current === 'offline') show({ kind: 'pending' });
    void save();
  }, [save, show, timing.retryMs]);

  const overwrite = useCallback(() => {
    if (state.kind !== 'conflict') return;
    baseVersion.current = state.current.version;
    dirty.current = true;
    show({ kind: 'pending' });
    void save();
  }, [save, show, state]);

  const acceptServerVersion = useCallback(
    (current: Roundup) => {
      baseVersion.current = current.version;
      dirty.current = false;
      firstDirtyAt.current = null;
      clearTimers();
      show({ kind: 'saved', savedAt: current.updatedAt });
    },
    [clearTimers, show],
  );

  const hasUnsavedChanges = useCallback(
    () => dirty.current || inFlight.current || pendingAttempt.current !== null,
    [],
  );

  useEffect(() => {
    function online() {
      if (stateKind.current === 'offline') {
        retryDelay.current = timing.retryMs;
        void save();
      }
    }
    function offline() {
      if (dirty.current && !inFlight.current) show({ kind: 'offline' });
    }
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  }, [save, show, timing.retryMs]);

  useEffect(() => clearTimers, [clearTimers]);

  const currentBaseVersion = useCallback(() => baseVersion.current, []);

  return { state, markDirty, saveNow, overwrite, acceptServerVersion, hasUnsavedChanges, baseVersion: currentBaseVersion };
}
