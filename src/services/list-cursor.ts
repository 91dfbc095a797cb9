import type { RoundupSummary } from '../contract/roundup-endpoints';
import type { RoundupListPosition } from './roundup-storage';
import { validationFailed } from './service-error';

const cursorPattern = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~(.+)$/;

/** The list's `nextCursor` after this summary: its time of change (as an instant) and id, `~` between them. */
export function listCursorOf(summary: Pick<RoundupSummary, 'updatedAt' | 'id'>): string {
  return `${new Date(Date.parse(summary.updatedAt)).toISOString()}~${summary.id}`;
}

/** The position a `cursor` names; 400 validation_failed on `cursor` for anything `listCursorOf` did not make. */
export function parseListCursor(cursor: string): RoundupListPosition {
  const match = cursorPattern.exec(cursor);
  if (match === null || Number.isNaN(Date.parse(match[1]!))) {
    throw validationFailed([{ path: 'cursor', message: 'the cursor is not one this list gave; start again from the first page' }]);
  }
  return { updatedAt: match[1]!, id: match[2]! };
}
