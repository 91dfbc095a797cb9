import type { RevisionSummary } from '../contract/revision-endpoints';

const hourMs = 60 * 60 * 1000;
/** Autosaves younger than this are all kept. */
export const keepEveryRevisionForMs = 24 * hourMs;

/**
 * Which revisions pruning may forget. Kept: every revision of the last day, the first and the latest, every
 * restore, the revisions on either side of a status change (the one in force when the status changed and the first
 * after it), and of older autosaves the last of each hour. `statusChangedAt` are the times of review steps that
 * moved the status. Versions to delete, ascending.
 */
export function revisionsToPrune(
  revisions: readonly Pick<RevisionSummary, 'version' | 'at' | 'kind' | 'status'>[],
  statusChangedAt: readonly string[],
  now: Date,
): number[] {
  const ordered = [...revisions].sort((a, b) => a.version - b.version);
  if (ordered.length <= 2) return [];
  const keep = new Set<number>([ordered[0]!.version, ordered.at(-1)!.version]);
  const times = ordered.map((revision) => Date.parse(revision.at));

  for (let index = 0; index < ordered.length; index += 1) {
    const revision = ordered[index]!;
    if (now.getTime() - times[index]! < keepEveryRevisionForMs || revision.kind !== 'saved') keep.add(revision.version);
    const next = ordered[index + 1];
    // A status that moved between two saves: both sides show what the desk saw before and after.
    if (next !== undefined && next.status !== revision.status) {
      keep.add(revision.version);
      keep.add(next.version);
    }
    const hour = Math.floor(times[index]! / hourMs);
    if (next === undefined || Math.floor(times[index + 1]! / hourMs) !== hour) keep.add(revision.version);
  }

  for (const changedAt of statusChangedAt) {
    const at = Date.parse(changedAt);
    let inForce = -1;
    for (let index = 0; index < ordered.length && times[index]! <= at; index += 1) inForce = index;
    if (inForce >= 0) keep.add(ordered[inForce]!.version);
    if (inForce + 1 < ordered.length) keep.add(ordered[inForce + 1]!.version);
  }

  return ordered.map((revision) => revision.version).filter((version) => !keep.has(version));
}
