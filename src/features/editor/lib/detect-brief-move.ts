export interface BriefMove {
  /** Zero-based index the brief had. */
  from: number;
  /** Zero-based index it has now. */
  to: number;
}

function sameRun(a: readonly string[], aStart: number, b: readonly string[], bStart: number, length: number): boolean {
  for (let offset = 0; offset < length; offset += 1) {
    if (a[aStart + offset] !== b[bStart + offset]) return false;
  }
  return true;
}

/**
 * The one brief that changed place between two orders of brief ids, or null when nothing moved or the change is
 * something else (briefs added, removed, several moved at once). Two neighbours swapping read both ways (one went
 * down or the other up): `movedId`, the brief the reporter is in, decides.
 */
export function detectBriefMove(before: readonly string[], after: readonly string[], movedId?: string): BriefMove | null {
  if (before.length !== after.length) return null;
  let first = 0;
  while (first < before.length && before[first] === after[first]) first += 1;
  if (first === before.length) return null;
  let last = before.length - 1;
  while (last > first && before[last] === after[last]) last -= 1;
  const span = last - first;
  const down = before[first] === after[last] && sameRun(before, first + 1, after, first, span) ? { from: first, to: last } : null;
  const up = before[last] === after[first] && sameRun(before, first, after, first + 1, span) ? { from: last, to: first } : null;
  if (down !== null && up !== null) return before[last] === movedId ? up : down;
  return down ?? up;
}
