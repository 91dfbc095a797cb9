import { useEffect, useState } from 'react';
import { importRoundupText, type ImportResult } from '@/import/import-roundup-text';

/** Past this many characters a reading takes long enough that it waits for a longer pause in typing. */
const longTextCharacters = 60_000;

export interface LiveImport {
  /** The reading of `source`. */
  result: ImportResult;
  /** The text that was read; differs from the current text while a reading waits for typing to pause. */
  source: string;
  /** The current text has not been read yet. */
  stale: boolean;
}

/**
 * Reads the text in the browser as it is typed or pasted, a moment after the last change, so the preview follows
 * without a request and typing never waits for a reading.
 */
export function useLiveImport(text: string, delayMs = 150): LiveImport {
  const [reading, setReading] = useState(() => ({ source: text, result: importRoundupText(text) }));
  useEffect(() => {
    if (reading.source === text) return;
    const timer = setTimeout(
      () => setReading({ source: text, result: importRoundupText(text) }),
      text.length > longTextCharacters ? delayMs * 3 : delayMs,
    );
    return () => clearTimeout(timer);
  }, [delayMs, reading.source, text]);
  return { ...reading, stale: reading.source !== text };
}
