import { useCallback, useState } from 'react';

const storageKey = 'bureau.briefLimit';
/** A regional brief rarely runs past 800 characters; desks change this per roundup or per newsroom. */
export const defaultBriefLimit = 800;

function readLimit(): number {
  try {
    const stored = Number.parseInt(localStorage.getItem(storageKey) ?? '', 10);
    return Number.isFinite(stored) && stored >= 0 ? stored : defaultBriefLimit;
  } catch {
    return defaultBriefLimit;
  }
}

/** The per-brief character limit, remembered on this device. 0 means no limit. */
export function useBriefLimit(): [number, (limit: number) => void] {
  const [limit, setLimitState] = useState(readLimit);
  const setLimit = useCallback((next: number) => {
    setLimitState(next);
    try {
      localStorage.setItem(storageKey, String(next));
    } catch {
      // Remembered for this page only.
    }
  }, []);
  return [limit, setLimit];
}
