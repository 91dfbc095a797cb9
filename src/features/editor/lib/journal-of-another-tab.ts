import type { JournalEntry } from './journal-store';

/**
 * How long a journal another tab wrote is taken to be that tab's, still open and saving it: a tab's journal is
 * rewritten within a second of every change and its edit lock lives about as long, so a minute of quiet means
 * the tab is gone (closed or crashed) and its text is this tab's to bring back.
 */
export const otherTabJournalQuietMs = 60_000;

/**
 * Whether `entry` is another open tab's unsaved work rather than text to restore here. Restoring it made a second tab
 * of the same roundup (read-only while the first held the lock) take the first tab's words as its own and try to
 * save them over the first tab's saves.
 */
export function isJournalOfAnotherTab(entry: JournalEntry, tabId: string, now: number): boolean {
  if (entry.writtenBy === undefined || entry.writtenBy === tabId) return false;
  const writtenAt = Date.parse(entry.writtenAt);
  return Number.isFinite(writtenAt) && now - writtenAt < otherTabJournalQuietMs;
}
