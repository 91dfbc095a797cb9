import type { Roundup } from '@/schema/roundup';

/** What the save indicator shows. `conflict` stops autosave until the reporter chooses what to keep. */
export type SaveState =
  | { kind: 'saved'; savedAt: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'error'; message: string; location?: string }
  | { kind: 'conflict'; current: Roundup };
