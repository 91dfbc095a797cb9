import type { JSONContent } from '@tiptap/core';
import { plainDocChildren, serialiseChild } from '../../services/serialised-body';
import type { RoundupRevision } from '../../services/roundup-storage';
import type { StoredRoundup } from '../../services/stored-roundup';

/** One row of `roundup_briefs`: `content[position]` of the body, as JSON text. */
export interface BodyRow {
  position: number;
  content: string;
}

export interface BodyRowWrites {
  /** Rows to insert or overwrite. */
  rows: BodyRow[];
  /** Rows at or after this position are to be deleted (the body got shorter), or null when none can exist. */
  deleteFrom: number | null;
}

function docChildren(roundup: StoredRoundup): JSONContent[] {
  const children = plainDocChildren(roundup.body);
  if (children === null) throw new Error(`roundup "${roundup.id}": storage keeps bodies of the form { type: "doc", content: [...] } only`);
  return children;
}

/**
 * The rows a write of `next` must touch. With `previous` (the roundup as stored at the version being replaced), a
 * child that is the same object or serialises the same at the same position is left alone: an autosave of one
 * edited brief writes one row. Without it, every row is written and any surplus deleted.
 */
export function bodyRowWrites(next: StoredRoundup, previous?: StoredRoundup): BodyRowWrites {
  const children = docChildren(next);
  const before = previous === undefined ? null : docChildren(previous);
  const rows: BodyRow[] = [];
  children.forEach((child, position) => {
    const old = before?.[position];
    if (old !== undefined && (old === child || serialiseChild(old) === serialiseChild(child))) return;
    rows.push({ position, content: serialiseChild(child) });
  });
  const deleteFrom = before === null || before.length > children.length ? children.length : null;
  return { rows, deleteFrom };
}

/** Every row of a new roundup. */
export function allBodyRows(roundup: StoredRoundup): BodyRow[] {
  return docChildren(roundup).map((child, position) => ({ position, content: serialiseChild(child) }));
}

/** The body's JSON text from its rows' JSON texts, in position order. */
export function bodyJsonFromRows(contents: readonly string[]): string {
  return `{"type":"doc","content":[${contents.join(',')}]}`;
}

/** `previous` if it is the roundup at the revision the write expects, else nothing (the write then writes every row). */
export function trustedPrevious(next: StoredRoundup, expected: RoundupRevision, previous: StoredRoundup | undefined): StoredRoundup | undefined {
  return previous?.id === next.id && previous.version === expected.version && previous.workflowRevision === expected.workflowRevision
    ? previous
    : undefined;
}
