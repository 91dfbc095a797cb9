import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { briefIdSchema } from '@/schema/brief-id';
import type { RoundupMetadata } from '@/schema/roundup-metadata';
import type { SaveDraft } from './save-draft';

// Nodes are immutable and an edit keeps the identity of every brief it does not touch, so each brief is converted
// once. The JSON is shared by every caller: treat it as read-only.
const jsonOfNode = new WeakMap<ProseMirrorNode, JSONContent>();

/** `node.toJSON()`, converted once per node. */
export function nodeJson(node: ProseMirrorNode): JSONContent {
  let json = jsonOfNode.get(node);
  if (json === undefined) {
    json = node.toJSON() as JSONContent;
    jsonOfNode.set(node, json);
  }
  return json;
}

/** `doc.toJSON()` built from the JSON of its briefs, so only the briefs edited since the last call are converted. */
export function documentJson(doc: ProseMirrorNode): JSONContent {
  let json = jsonOfNode.get(doc);
  if (json === undefined) {
    json = { type: doc.type.name };
    if (Object.keys(doc.attrs).length > 0) json.attrs = doc.attrs;
    if (doc.childCount > 0) json.content = doc.children.map(nodeJson);
    jsonOfNode.set(doc, json);
  }
  return json;
}

const textOfNode = new WeakMap<ProseMirrorNode, string>();

/**
 * `JSON.stringify(doc.toJSON())`, assembled from each brief's text, which is kept per brief node: after a keystroke
 * only the edited brief is stringified, not the 300 kB of a 200-brief roundup.
 */
export function documentJsonText(doc: ProseMirrorNode): string {
  const { content, ...rest } = documentJson(doc);
  const head = JSON.stringify(rest);
  if (content === undefined) return head;
  const children = doc.children.map((child) => {
    let text = textOfNode.get(child);
    if (text === undefined) {
      text = JSON.stringify(nodeJson(child));
      textOfNode.set(child, text);
    }
    return text;
  });
  return `${head.slice(0, -1)},"content":[${children.join(',')}]}`;
}

function sameJsonValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJsonValue(item, b[index]));
  }
  const aEntries = Object.entries(a).filter(([, value]) => value !== undefined);
  const bRecord = b as Record<string, unknown>;
  const bCount = Object.values(b).filter((value) => value !== undefined).length;
  return aEntries.length === bCount && aEntries.every(([key, value]) => sameJsonValue(value, bRecord[key]));
}

interface ServerState {
  briefs: ReadonlyMap<string, ProseMirrorNode>;
  meta: RoundupMetadata;
}

/**
 * What the server holds at the version autosave is based on, as the editor's own brief nodes, so a partial save can
 * tell by identity (or `eq`) which briefs changed. Empty when unknown (content restored from the journal, or the
 * reporter chose to save over someone else's version): the next save is then a whole one.
 */
export class BriefBaseline {
  private server: ServerState | null = null;

  /** The server now holds exactly this document and metadata. */
  reset(doc: ProseMirrorNode, meta: RoundupMetadata): void {
    const briefs = new Map<string, ProseMirrorNode>();
    doc.forEach((child) => {
      const id: unknown = child.attrs.id;
      if (child.type.name === 'brief' && typeof id === 'string' && !briefs.has(id)) briefs.set(id, child);
    });
    this.server = { briefs, meta };
  }

  /** What the server holds is unknown: the next save sends the whole document. */
  clear(): void {
    this.server = null;
  }

  /**
   * The save that brings the server from the baseline to `doc` and `meta`. A whole save when the baseline is unknown
   * or when a brief has no valid id or shares one: the partial form cannot express that, and a whole save has the
   * server report it with the brief's place.
   */
  diff(doc: ProseMirrorNode, meta: RoundupMetadata): SaveDraft {
    const server = this.server;
    const whole = (): SaveDraft => ({ kind: 'whole', meta, body: documentJson(doc) });
    if (server === null || doc.childCount === 0) return whole();
    const briefOrder: string[] = [];
    const briefs: JSONContent[] = [];
    const seen = new Set<string>();
    for (const child of doc.children) {
      const id: unknown = child.attrs.id;
      if (child.type.name !== 'brief' || typeof id !== 'string' || seen.has(id) || !briefIdSchema.safeParse(id).success) {
        return whole();
      }
      seen.add(id);
      briefOrder.push(id);
      const saved = server.briefs.get(id);
      if (saved === undefined || (saved !== child && !saved.eq(child))) briefs.push(nodeJson(child));
    }
    const metaChanged = !sameJsonValue(server.meta, meta);
    return { kind: 'changes', ...(metaChanged ? { meta } : {}), briefOrder, briefs };
  }
}
