import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RoundupMetadata } from '@/schema/roundup-metadata';
import { onBeforeReload } from '@/lib/before-reload';
import { currentTabId } from '../lib/tab-id';
import { isJournalOfAnotherTab } from '../lib/journal-of-another-tab';
import { JournalStore, readJournal as readStoredJournal, type JournalEntry } from '../lib/journal-store';

export type { JournalEntry };

/** localStorage, or null where the browser refuses it (some private modes throw on access). */
function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readJournal(roundupId: string): JournalEntry | null {
  const storage = browserStorage();
  return storage === null ? null : readStoredJournal(storage, roundupId);
}

/** The journal to bring back into this tab's editor: not one that another open tab is still saving. */
export function readRestorableJournal(roundupId: string): JournalEntry | null {
  const entry = readJournal(roundupId);
  return entry === null || isJournalOfAnotherTab(entry, currentTabId(), Date.now()) ? null : entry;
}

interface JournalOptions {
  roundupId: string;
  snapshot: () => { meta: RoundupMetadata; doc: ProseMirrorNode };
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
  const [store] = useState(() => {
    const storage = browserStorage();
    return storage === null ? null : new JournalStore(storage, roundupId);
  });

  const write = useCallback(() => {
    timer.current = null;
    if (store === null || !latest.current.hasUnsavedChanges()) return;
    const { meta, doc } = latest.current.snapshot();
    store.write({ baseVersion: latest.current.baseVersion(), writtenAt: new Date().toISOString(), writtenBy: currentTabId(), meta, doc });
  }, [store]);

  const schedule = useCallback(() => {
    if (timer.current === null) timer.current = setTimeout(write, delayMs);
  }, [delayMs, write]);

  const clear = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    store?.clear();
  }, [store]);

  useEffect(() => {
    function flush() {
      if (latest.current.hasUnsavedChanges()) write();
    }
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    // Written at once, before an error screen reloads the page: the reloaded editor restores it.
    const stopBeforeReload = onBeforeReload(flush);
    return () => {
      stopBeforeReload();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
      if (timer.current !== null) clearTimeout(timer.current);
      flush();
      store?.dispose();
    };
  }, [store, write]);

  return { schedule, clear };
}
