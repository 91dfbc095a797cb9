import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { z } from 'zod';
import { roundupBodySchema } from '@/schema/roundup-body';
import { roundupMetadataSchema } from '@/schema/roundup-metadata';
import type { SaveRoundupRequest } from '@/contract/roundup-endpoints';

const journalEntrySchema = z.object({
  baseVersion: z.number().int().min(1),
  writtenAt: z.string(),
  meta: roundupMetadataSchema,
  body: roundupBodySchema,
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

function storageKey(roundupId: string): string {
  return `bureau.journal.${roundupId}`;
}

export function readJournal(roundupId: string): JournalEntry | null {
  try {
    const raw = localStorage.getItem(storageKey(roundupId));
    if (raw === null) return null;
    const parsed = journalEntrySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

interface JournalOptions {
  roundupId: string;
  snapshot: () => Omit<SaveRoundupRequest, 'baseVersion'>;
  baseVersion: () => number;
  hasUnsavedChanges: () => boolean;
  delayMs?: number;
}

/**
 * A copy of unsaved work in localStorage, so a crash, a closed tab or a dead network between autosaves loses
 * nothing. Written a second after typing pauses and when the page is hidden; cleared once the server has it all.
 */
export function useLocalJournal({ roundupId, snapshot, baseVersion, hasUnsavedChanges, delayMs = 1000 }: JournalOptions) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ snapshot, baseVersion, hasUnsavedChanges });
  useLayoutEffect(() => {
    latest.current = { snapshot, baseVersion, hasUnsavedChanges };
  });

  const write = useCallback(() => {
    timer.current = null;
    if (!latest.current.hasUnsavedChanges()) return;
    const entry: JournalEntry = {
      baseVersion: latest.current.baseVersion(),
      writtenAt: new Date().toISOString(),
      ...latest.current.snapshot(),
    };
    try {
      localStorage.setItem(storageKey(roundupId), JSON.stringify(entry));
    } catch {
      // Quota exceeded: autosave still runs; the journal is a second line of defence.
    }
  }, [roundupId]);

  const schedule = useCallback(() => {
    if (timer.current === null) timer.current = setTimeout(write, delayMs);
  }, [delayMs, write]);

  const clear = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    try {
      localStorage.removeItem(storageKey(roundupId));
    } catch {
      // Nothing to clear.
    }
  }, [roundupId]);

  useEffect(() => {
    function flush() {
      if (latest.current.hasUnsavedChanges()) write();
    }
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
      if (timer.current !== null) clearTimeout(timer.current);
      flush();
    };
  }, [write]);

  return { schedule, clear };
}
