import type { JSONContent } from '@tiptap/core';
import type { RevisionKind } from '../contract/revision-endpoints';
import type { RoundupStatus } from '../schema/roundup-status';
import { revisionChanges } from './revision-changes';
import { sameJson } from './same-json';
import { serialiseChild } from './serialised-body';
import type { BriefContent, RevisionWrite } from './stored-revision';

/** What a revision records of a roundup version. */
export interface RevisedRoundup {
  id: string;
  version: number;
  updatedAt: string;
  status: RoundupStatus;
  schemaVersion: number;
  meta: Record<string, unknown>;
  body: JSONContent;
}

export interface RevisionWriteInput {
  author: { id: string; name: string };
  /** The version this one replaces; null for the first. */
  previous: RevisedRoundup | null;
  next: RevisedRoundup;
  kind: RevisionKind;
  restoredFrom?: number;
  /** The hash a brief's content is stored under (of its JSON). */
  hashOf: (brief: JSONContent) => string;
  /**
   * Whether every brief of `previous` is known to be stored as revision content already: then only the briefs that
   * are new objects are sent. Otherwise all are (storage keeps what it has).
   */
  previousContentsStored: boolean;
}

function briefIdOf(brief: JSONContent): string {
  return typeof brief.attrs?.id === 'string' ? brief.attrs.id : '';
}

/** The revision a new version makes, with the brief contents storage may not have yet. */
export function revisionWriteFor(input: RevisionWriteInput): RevisionWrite {
  const { previous, next, hashOf } = input;
  const briefs = next.body.content ?? [];
  const unchanged = new Set(input.previousContentsStored ? (previous?.body.content ?? []) : []);
  const contents: BriefContent[] = briefs
    .filter((brief) => !unchanged.has(brief))
    .map((brief) => ({ hash: hashOf(brief), json: serialiseChild(brief) }));
  const changes = revisionChanges(previous?.body ?? null, next.body, sameJson);
  return {
    revision: {
      roundupId: next.id,
      version: next.version,
      at: next.updatedAt,
      author: input.author,
      kind: input.kind,
      ...(input.restoredFrom === undefined ? {} : { restoredFrom: input.restoredFrom }),
      briefs: changes.briefs,
      reordered: changes.reordered,
      metaChanged: previous !== null && !sameJson(previous.meta, next.meta),
      status: next.status,
      schemaVersion: next.schemaVersion,
      meta: next.meta,
      briefRefs: briefs.map((brief) => ({ id: briefIdOf(brief), hash: hashOf(brief) })),
    },
    contents,
  };
}
