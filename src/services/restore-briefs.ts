import type { JSONContent } from '@tiptap/core';
import { validationFailed } from './service-error';

function idOf(brief: JSONContent): string | undefined {
  return typeof brief.attrs?.id === 'string' ? brief.attrs.id : undefined;
}

/**
 * The current body with the named briefs as they were in `old`. A brief still present is replaced where it stands
 * now; one removed since goes back after the brief that preceded it in `old` (or first, when none of those is
 * left). Every other brief stays as it is.
 */
export function withBriefsRestored(current: JSONContent, old: JSONContent, briefIds: readonly string[]): JSONContent {
  const oldBriefs = old.content ?? [];
  const oldById = new Map<string, JSONContent>();
  for (const brief of oldBriefs) {
    const id = idOf(brief);
    if (id !== undefined) oldById.set(id, brief);
  }
  const missing = briefIds.flatMap((id, index) => (oldById.has(id) ? [] : [{ path: `briefIds[${index}]`, message: `brief "${id}" is not in that revision` }]));
  if (missing.length > 0) throw validationFailed(missing, 'the revision does not have every brief named');

  const briefs = [...(current.content ?? [])];
  for (const id of briefIds) {
    const restored = oldById.get(id)!;
    const at = briefs.findIndex((brief) => idOf(brief) === id);
    if (at >= 0) {
      briefs[at] = restored;
      continue;
    }
    let insertAt = 0;
    const oldIndex = oldBriefs.indexOf(restored);
    for (let before = oldIndex - 1; before >= 0; before -= 1) {
      const precedingId = idOf(oldBriefs[before]!);
      const found = briefs.findIndex((brief) => idOf(brief) === precedingId);
      if (found >= 0) {
        insertAt = found + 1;
        break;
      }
    }
    briefs.splice(insertAt, 0, restored);
  }
  return { ...current, content: briefs };
}
