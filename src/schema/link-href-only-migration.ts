import type { JSONContent } from '@tiptap/core';
import { isRecord } from './is-record';
import type { Migration } from './migrations';
import { normalizeLinkHref } from './normalize-link-href';

// The attributes of schemaVersion 2, frozen here: a later change to the schema adds its own migration.
const nodeAttributes: Readonly<Record<string, readonly string[]>> = {
  brief: ['id'],
  figure: ['photoId', 'alt', 'width', 'height'],
};
const markAttributes: Readonly<Record<string, readonly string[]>> = {
  bold: [],
  italic: [],
  link: ['href'],
};

type StoredMark = NonNullable<JSONContent['marks']>[number];

function keepOnly(attributes: unknown, names: readonly string[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  if (!isRecord(attributes)) return kept;
  for (const name of names) if (name in attributes) kept[name] = attributes[name];
  return kept;
}

/** A link keeps its address, normalised, and loses the rest; a link whose address is refused is taken off its text. */
function migrateMark(mark: unknown): StoredMark | null {
  if (!isRecord(mark) || typeof mark.type !== 'string') return null;
  if (mark.type === 'link') {
    const href = isRecord(mark.attrs) && typeof mark.attrs.href === 'string' ? normalizeLinkHref(mark.attrs.href) : null;
    return href === null ? null : { type: 'link', attrs: { href } };
  }
  const names = markAttributes[mark.type];
  if (names === undefined || names.length === 0) return { type: mark.type };
  return { type: mark.type, attrs: keepOnly(mark.attrs, names) };
}

function migrateNode(node: JSONContent): JSONContent {
  const migrated: JSONContent = { type: node.type };
  const names = node.type === undefined ? undefined : nodeAttributes[node.type];
  if (names !== undefined) migrated.attrs = keepOnly(node.attrs, names);
  if (node.text !== undefined) migrated.text = node.text;
  if (node.marks !== undefined) {
    const marks = node.marks.map(migrateMark).filter((mark): mark is StoredMark => mark !== null);
    if (marks.length > 0) migrated.marks = marks;
  }
  if (node.content !== undefined) migrated.content = node.content.map(migrateNode);
  return migrated;
}

/**
 * schemaVersion 1 → 2: marks and nodes carry only the attributes the schema allows. Links stored by version 1 hold
 * `target`, `rel`, `class` and `title` (null for the editor's own, anything for what an API client sent) and an href
 * as it was typed; they keep only their href, in its normalised form. A link whose href is no longer accepted loses
 * the link and keeps its text, so no document is lost to the migration.
 */
export const linkHrefOnlyMigration: Migration = {
  to: 2,
  describe: 'links keep only a normalised href; nodes and marks lose attributes the schema does not allow',
  migrate: (document) => ({ ...document, body: migrateNode(document.body) }),
};
