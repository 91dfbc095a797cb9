import type { JSONContent } from '@tiptap/core';
import type { SaveRoundupChangesRequest, SaveRoundupRequest } from '@/contract/roundup-endpoints';
import type { RoundupMetadata } from '@/schema/roundup-metadata';

/** What one autosave sends, before the controller adds the version it is based on. */
export type SaveDraft =
  | ({ kind: 'whole' } & Omit<SaveRoundupRequest, 'baseVersion'>)
  | ({ kind: 'changes' } & Omit<SaveRoundupChangesRequest, 'baseVersion'>);

/** The whole metadata and body the server holds once a save is through. */
export interface SavedContent {
  meta: RoundupMetadata;
  body: JSONContent;
}

/** One save as sent, and resent unchanged after a failure. */
export type SaveAttempt = {
  idempotencyKey: string;
  /** A partial save is answered without the roundup, so whoever caches the whole roundup takes it from here. */
  content: SavedContent;
} & ({ kind: 'whole'; request: SaveRoundupRequest } | { kind: 'changes'; request: SaveRoundupChangesRequest });

/** What a save answers, whichever kind it was. */
export interface SavedVersion {
  version: number;
  updatedAt: string;
  /** Approved briefs this save changed, now back to pending review (partial saves say so). */
  reopenedBriefIds?: string[];
}
