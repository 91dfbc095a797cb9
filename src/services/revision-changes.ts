import type { JSONContent } from '@tiptap/core';
import type { RevisionBriefChange } from '../contract/revision-endpoints';

function idOf(brief: JSONContent): string | null {
  const id = brief.attrs?.id;
  return typeof id === 'string' ? id : null;
}

function textOf(node: JSONContent): string {
  if (typeof node.text === 'string') return node.text;
  return (node.content ?? []).map(textOf).join('');
}

/** The sub-heading of a brief (the text after ◇), as a revision names it. */
export function briefHeadingText(brief: JSONContent): string {
  const heading = (brief.content ?? []).find((child) => child.type === 'briefHeading');
  return heading === undefined ? '' : textOf(heading).trim();
}

export interface RevisionChanges {
  briefs: RevisionBriefChange[];
  reordered: boolean;
}

/**
 * What a new body changed compared with the one before: briefs added, edited or removed (matched by id), and
 * whether the briefs both have were reordered. `sameBrief` decides "edited" (object identity first is cheap).
 */
export function revisionChanges(
  before: JSONContent | null,
  after: JSONContent,
  sameBrief: (left: JSONContent, right: JSONContent) => boolean,
): RevisionChanges {
  const beforeBriefs = before?.content ?? [];
  const beforeById = new Map<string, JSONContent>();
  for (const brief of beforeBriefs) {
    const id = idOf(brief);
    if (id !== null) beforeById.set(id, brief);
  }
  const briefs: RevisionBriefChange[] = [];
  const afterIds = new Set<string>();
  for (const brief of after.content ?? []) {
    const id = idOf(brief);
    if (id === null) continue;
    afterIds.add(id);
    const previous = beforeById.get(id);
    if (previous === undefined) briefs.push({ briefId: id, heading: briefHeadingText(brief), change: 'added' });
    else if (previous !== brief && !sameBrief(previous, brief)) briefs.push({ briefId: id, heading: briefHeadingText(brief), change: 'edited' });
  }
  for (const [id, brief] of beforeById) {
    if (!afterIds.has(id)) briefs.push({ briefId: id, heading: briefHeadingText(brief), change: 'removed' });
  }
  const keptBefore = [...beforeById.keys()].filter((id) => afterIds.has(id));
  const keptAfter = [...afterIds].filter((id) => beforeById.has(id));
  const reordered = keptBefore.some((id, index) => keptAfter[index] !== id);
  return { briefs, reordered };
}
