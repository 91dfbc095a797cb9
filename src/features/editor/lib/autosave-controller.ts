import type { Roundup } from '@/schema/roundup';
import { createRandomId } from '@/schema/random-id';
import { isApiError } from '@/lib/api-error';
import { isServerProblem } from '@/lib/server-problem';
import type { SaveState } from '../hooks/save-state';
import type { SaveAttempt, SaveDraft, SavedContent, SavedVersion } from './save-draft';

export interface AutosaveTiming {
  /** Save this long after the last change. */
  idleMs: number;
  /** …but never later than this after the first unsaved change, even while typing goes on. */
  maxWaitMs: number;
  /** First retry delay when offline or the server failed; doubles up to `maxRetryMs` (a `Retry-After` may ask more). */
  retryMs: number;
  maxRetryMs: number;
}

export const defaultAutosaveTiming: AutosaveTiming = { idleMs: 1500, maxWaitMs: 8000, retryMs: 2000, maxRetryMs: 30_000 };

/** The document as read at save time, and how to tell its owner that the server now holds it. */
export interface SaveSnapshot {
  draft: SaveDraft;
  content: SavedContent;
  /** Called once, when the attempt built from this snapshot has been saved (after any retries). */
  accept: () => void;
}

export interface AutosaveCallbacks {
  /** Sends one save; rejects with an `ApiError`. */
  send: (attempt: SaveAttempt) => Promise<SavedVersion>;
  /** Reads the document at save time: serialisation happens here, never on the keystroke path. */
  snapshot: () => SaveSnapshot;
  onState: (state: SaveState) => void;
  onSaved?: (saved: SavedVersion) => void;
}

interface PendingAttempt {
  attempt: SaveAttempt;
  accept: () => void;
}

function attemptFrom(snapshot: SaveSnapshot, baseVersion: number): SaveAttempt {
  const { draft, content } = snapshot;
  const idempotencyKey = createRandomId();
  if (draft.kind === 'whole') {
    return { kind: 'whole', request: { baseVersion, meta: draft.meta, body: draft.body }, idempotencyKey, content };
  }
  const request = {
    baseVersion,
    ...(draft.meta === undefined ? {} : { meta: draft.meta }),
    briefOrder: draft.briefOrder,
    briefs: draft.briefs,
  };
  return { kind: 'changes', request, idempotencyKey, content };
}

interface Clock {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Debounced autosave: one save at a time, a stable Idempotency-Key per attempt, offline retries with back-off, and a
 * stop on 409 so nothing the reporter typed is overwritten or silently lost. Plain TypeScript, so the rules are
 * tested without React; `useAutosave` wires it to the page.
 */
export class AutosaveController {
  private state: SaveState;
  private base: number;
  private dirty = false;
  private inFlight = false;
  private firstDirtyAt: number | null = null;
  private idleTimer: unknown = null;
  private retryTimer: unknown = null;
  private retryDelay: number;
  /** A failed attempt is resent byte for byte with its key, so a save whose answer was lost is applied once. */
  private pendingAttempt: PendingAttempt | null = null;
  private disposed = false;

  constructor(
    private callbacks: AutosaveCallbacks,
    initial: { baseVersion: number; savedAt: string },
    private readonly timing: AutosaveTiming = defaultAutosaveTiming,
    private readonly clock: Clock = realClock,
  ) {
    this.base = initial.baseVersion;
    this.state = { kind: 'saved', savedAt: initial.savedAt };
    this.retryDelay = timing.retryMs;
  }

  /** Newer callbacks from a re-render; timers already scheduled will use them. */
  update(callbacks: AutosaveCallbacks): void {
    this.callbacks = callbacks;
  }

  get current(): SaveState {
    return this.state;
  }

  baseVersion(): number {
    return this.base;
  }

  hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight || this.pendingAttempt !== null;
  }

  /** Something changed. Cheap: safe to call on every transaction. */
  markDirty(): void {
    this.dirty = true;
    if (this.state.kind === 'conflict') return;
    const now = this.clock.now();
    this.firstDirtyAt ??= now;
    if (this.state.kind === 'saved' || this.state.kind === 'error') this.show({ kind: 'pending' });
    if (this.inFlight || this.state.kind === 'offline' || this.state.kind === 'serverProblem') return;
    this.clearIdle();
    const waited = now - this.firstDirtyAt;
    const delay = Math.max(0, Math.min(this.timing.idleMs, this.timing.maxWaitMs - waited));
    this.idleTimer = this.clock.setTimeout(() => void this.save(), delay);
  }

  saveNow(): void {
    this.retryDelay = this.timing.retryMs;
    if (this.pendingAttempt === null) this.dirty = true;
    if (this.state.kind === 'error' || this.state.kind === 'offline' || this.state.kind === 'serverProblem') {
      this.show({ kind: 'pending' });
    }
    void this.save();
  }

  /** Keep my version: save it over the server's current one. */
  overwrite(): void {
    if (this.state.kind !== 'conflict') return;
    this.base = this.state.current.version;
    this.dirty = true;
    this.show({ kind: 'pending' });
    void this.save();
  }

  /** The editor now shows the server's version: it becomes the base and nothing is unsaved. */
  acceptServerVersion(current: Roundup): void {
    this.base = current.version;
    this.dirty = false;
    this.pendingAttempt = null;
    this.firstDirtyAt = null;
    this.clearIdle();
    this.clearRetry();
    this.show({ kind: 'saved', savedAt: current.updatedAt });
  }

  online(): void {
    if (this.state.kind !== 'offline') return;
    this.retryDelay = this.timing.retryMs;
    void this.save();
  }

  offline(): void {
    if (this.hasUnsavedChanges() && !this.inFlight) this.show({ kind: 'offline' });
  }

  /** (Re)attach to a mounted page; React's strict mode unmounts and mounts once more in development. */
  activate(): void {
    this.disposed = false;
  }

  dispose(): void {
    this.disposed = true;
    this.clearIdle();
    this.clearRetry();
  }

  private show(next: SaveState): void {
    this.state = next;
    if (!this.disposed) this.callbacks.onState(next);
    if (next.kind !== 'pending' && next.kind !== 'saving') {
      const waiting = this.settledWaiters;
      this.settledWaiters = [];
      for (const resolve of waiting) resolve(next);
    }
  }

  private settledWaiters: Array<(state: SaveState) => void> = [];

  /**
   * Saves what is unsaved now and resolves once autosave has settled: `saved` when everything typed is on the
   * server, otherwise the state that stopped it (error, offline, conflict). For steps that must not run ahead of the
   * text, such as submitting to the desk.
   */
  flush(): Promise<SaveState> {
    // A conflict waits for the reporter's choice: nothing can be saved until then.
    if (!this.hasUnsavedChanges() || this.state.kind === 'conflict' || this.disposed) return Promise.resolve(this.state);
    const settled = new Promise<SaveState>((resolve) => this.settledWaiters.push(resolve));
    if (!this.inFlight) this.saveNow();
    return settled;
  }

  private clearIdle(): void {
    if (this.idleTimer !== null) this.clock.clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) this.clock.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private async save(): Promise<void> {
    if (this.inFlight || this.state.kind === 'conflict' || this.disposed) return;
    let pending = this.pendingAttempt;
    if (pending === null) {
      if (!this.dirty) return;
      const snapshot = this.callbacks.snapshot();
      pending = { attempt: attemptFrom(snapshot, this.base), accept: snapshot.accept };
      this.dirty = false;
      this.firstDirtyAt = null;
    }
    this.pendingAttempt = pending;
    this.clearIdle();
    this.clearRetry();
    this.inFlight = true;
    this.show({ kind: 'saving' });
    try {
      const saved = await this.callbacks.send(pending.attempt);
      this.pendingAttempt = null;
      this.base = saved.version;
      this.retryDelay = this.timing.retryMs;
      this.inFlight = false;
      pending.accept();
      this.callbacks.onSaved?.(saved);
      if (this.dirty) {
        this.show({ kind: 'pending' });
        void this.save();
      } else {
        this.show({ kind: 'saved', savedAt: saved.updatedAt });
      }
    } catch (error) {
      this.inFlight = false;
      // The attempt stays pending and is resent unchanged with its key: a save that timed out may have been applied.
      if (isApiError(error, 'network')) {
        this.show({ kind: 'offline' });
        this.scheduleRetry(this.retryDelay);
        return;
      }
      if (isApiError(error) && isServerProblem(error)) {
        const now = this.clock.now();
        const delay = Math.max(this.retryDelay, error.retryAt === null ? 0 : error.retryAt - now);
        this.show({ kind: 'serverProblem', retryAt: new Date(now + delay).toISOString() });
        this.scheduleRetry(delay);
        return;
      }
      this.pendingAttempt = null;
      this.dirty = true;
      if (isApiError(error, 'version_conflict') && error.details?.current) {
        this.show({ kind: 'conflict', current: error.details.current });
        return;
      }
      const issue = isApiError(error) ? error.details?.issues?.[0] : undefined;
      this.show({ kind: 'error', error, ...(issue?.location ? { location: issue.location } : {}) });
    }
  }

  private scheduleRetry(delay: number): void {
    this.retryTimer = this.clock.setTimeout(() => void this.save(), delay);
    this.retryDelay = Math.min(this.retryDelay * 2, this.timing.maxRetryMs);
  }
}
