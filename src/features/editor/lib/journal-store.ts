import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { z } from 'zod/mini';
import { migrateDocument } from '@/schema/migrations';
import { currentSchemaVersion } from '@/schema/roundup';
import { roundupBodySchema } from '@/schema/roundup-body';
import { roundupMetadataSchema, type RoundupMetadata } from '@/schema/roundup-metadata';
import { documentJsonText, nodeJson } from './brief-baseline';

const journalEntrySchema = z.object({
  baseVersion: z.int().check(z.minimum(1)),
  writtenAt: z.string(),
  /** The tab that wrote it (`currentTabId`); absent in journals of older builds. */
  writtenBy: z.optional(z.string()),
  meta: roundupMetadataSchema,
  body: roundupBodySchema,
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

/**
 * The head names the briefs in order; each brief is stored under its own key. A body inline is the older layout.
 * A head without `schemaVersion` was written by a build at schemaVersion 1: its body is migrated like a stored one.
 */
const journalHeadSchema = z.object({
  schemaVersion: z.optional(z.int().check(z.minimum(1))),
  baseVersion: z.unknown(),
  writtenAt: z.unknown(),
  writtenBy: z.optional(z.unknown()),
  meta: z.unknown(),
  briefIds: z.optional(z.array(z.string())),
  body: z.optional(z.unknown()),
});

const prefix = 'bureau.journal.';
const briefMarker = '.brief.';
const headKey = (roundupId: string) => `${prefix}${roundupId}`;
const briefKey = (roundupId: string, briefId: string) => `${prefix}${roundupId}${briefMarker}${briefId}`;

function keysOf(storage: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/**
 * Brief entries of a roundup that has no head: left by a tab that died after a save cleared its journal. Only the
 * roundup being opened is swept: another tab may have another roundup open, its briefs waiting for the next write.
 */
function removeOrphans(storage: Storage, roundupId: string): void {
  if (storage.getItem(headKey(roundupId)) !== null) return;
  const start = `${headKey(roundupId)}${briefMarker}`;
  for (const key of keysOf(storage)) if (key.startsWith(start)) storage.removeItem(key);
}

/** The unsaved work journalled for a roundup, if any is there and whole. */
export function readJournal(storage: Storage, roundupId: string): JournalEntry | null {
  try {
    removeOrphans(storage, roundupId);
    const raw = storage.getItem(headKey(roundupId));
    if (raw === null) return null;
    const head = journalHeadSchema.parse(JSON.parse(raw));
    let body = head.body;
    if (head.briefIds !== undefined) {
      const content: unknown[] = [];
      for (const briefId of head.briefIds) {
        const brief = storage.getItem(briefKey(roundupId, briefId));
        if (brief === null) return null;
        content.push(JSON.parse(brief));
      }
      body = { type: 'doc', content };
    }
    const parsed = journalEntrySchema.safeParse({ baseVersion: head.baseVersion, writtenAt: head.writtenAt, writtenBy: head.writtenBy, meta: head.meta, body });
    if (!parsed.success) return null;
    const migrated = migrateDocument({ schemaVersion: head.schemaVersion ?? 1, meta: {}, body: parsed.data.body });
    return { ...parsed.data, body: migrated.body };
  } catch {
    return null;
  }
}

export interface JournalWrite {
  baseVersion: number;
  writtenAt: string;
  writtenBy: string;
  meta: RoundupMetadata;
  doc: ProseMirrorNode;
}

/**
 * Writes one roundup's journal to localStorage brief by brief: a write after a keystroke stores the edited brief
 * and the small head, not the whole body (300 kB of a 200-brief roundup, which took a 40 ms task to store).
 * Briefs without a unique id are stored inline, the whole body in the head.
 */
export class JournalStore {
  /** The node last stored under each brief key: nodes are immutable, so the same node means the same text. */
  private readonly stored = new Map<string, ProseMirrorNode>();

  constructor(
    private readonly storage: Storage,
    private readonly roundupId: string,
  ) {}

  write({ baseVersion, writtenAt, writtenBy, meta, doc }: JournalWrite): void {
    const ids = doc.children.map((brief): unknown => brief.attrs.id);
    const keyed = ids.every((id) => typeof id === 'string' && id !== '') && new Set(ids).size === ids.length;
    try {
      if (!keyed) {
        this.removeBriefs(new Set());
        this.storage.setItem(
          headKey(this.roundupId),
          `${JSON.stringify({ schemaVersion: currentSchemaVersion, baseVersion, writtenAt, writtenBy, meta }).slice(0, -1)},"body":${documentJsonText(doc)}}`,
        );
        return;
      }
      const briefIds = ids.map(String);
      doc.children.forEach((brief, index) => {
        const briefId = briefIds[index]!;
        if (this.stored.get(briefId) === brief) return;
        this.stored.delete(briefId);
        this.storage.setItem(briefKey(this.roundupId, briefId), JSON.stringify(nodeJson(brief)));
        this.stored.set(briefId, brief);
      });
      this.removeBriefs(new Set(briefIds));
      this.storage.setItem(headKey(this.roundupId), JSON.stringify({ schemaVersion: currentSchemaVersion, baseVersion, writtenAt, writtenBy, meta, briefIds }));
    } catch {
      // Quota exceeded halfway: a head over a mix of old and new briefs would restore text that never existed.
      this.storage.removeItem(headKey(this.roundupId));
    }
  }

  /**
   * Nothing left to recover: the head goes, so nothing will be restored. The briefs stay while the editor is open,
   * so the next write stores only what is typed next; `dispose` removes them.
   */
  clear(): void {
    this.storage.removeItem(headKey(this.roundupId));
  }

  /** The editor closes: without a head the briefs are of no use. */
  dispose(): void {
    if (this.storage.getItem(headKey(this.roundupId)) === null) this.removeBriefs(new Set());
  }

  private removeBriefs(keep: ReadonlySet<string>): void {
    const start = `${headKey(this.roundupId)}${briefMarker}`;
    for (const key of keysOf(this.storage)) {
      if (!key.startsWith(start)) continue;
      const briefId = key.slice(start.length);
      if (keep.has(briefId)) continue;
      this.storage.removeItem(key);
      this.stored.delete(briefId);
    }
  }
}
