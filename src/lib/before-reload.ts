type BeforeReload = () => unknown;

const listeners = new Set<BeforeReload>();

/** How long a reload waits for the work to be kept (a save on a slow server) before it goes ahead anyway. */
export const beforeReloadTimeoutMs = 3_000;

/** Runs `listener` before the app reloads itself (an error screen's "reload"): save what is unsaved, write the journal. */
export function onBeforeReload(listener: BeforeReload): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Reloads the page once everything registered has kept its work: the editor writes its journal to localStorage at
 * once (the reloaded editor restores it) and tries to save, waited for up to `beforeReloadTimeoutMs`.
 */
export async function reloadKeepingWork(reload: () => void = () => window.location.reload()): Promise<void> {
  const pending = [...listeners].map(async (listener) => {
    try {
      await listener();
    } catch {
      // Keeping the work is best effort: the journal was written before any save was tried.
    }
  });
  await Promise.race([Promise.all(pending), new Promise((resolve) => setTimeout(resolve, beforeReloadTimeoutMs))]);
  reload();
}
