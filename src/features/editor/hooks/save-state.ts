import type { Roundup } from '@/schema/roundup';

/** What the save indicator shows. `conflict` stops autosave until the reporter chooses what to keep. */
export type SaveState =
  | { kind: 'saved'; savedAt: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  /** The server failed (5xx, 429, no answer in time); the next try is at `retryAt` (ISO), or its `Retry-After`. */
  | { kind: 'serverProblem'; retryAt: string }
  /** The server refused the save; `error` says why (described in the user's language, never shown raw). */
  | { kind: 'error'; error: unknown; location?: string }
  | { kind: 'conflict'; current: Roundup };
