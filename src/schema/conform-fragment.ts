import { Fragment, type Mark, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { markAttributeRules, nodeAttributeRules } from './attribute-rules';
import { normalizeLinkHref } from './normalize-link-href';

// eslint-disable-next-line no-control-regex -- finding NUL is the point
const unstorableCharacters = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A mark as the rules allow it: a link with its normalised address, or nothing when the mark cannot be kept. */
function conformMark(mark: Mark): Mark | null {
  const rule = markAttributeRules[mark.type.name];
  if (rule === undefined) return null;
  if (rule.safeParse(mark.attrs).success) return mark;
  if (mark.type.name !== 'link') return null;
  const href: unknown = mark.attrs.href;
  const normalized = typeof href === 'string' ? normalizeLinkHref(href) : null;
  return normalized === null ? null : mark.type.create({ href: normalized });
}

/** Attribute values the rules refuse fall back to the node's default (a brief then gets a fresh id from its plugin). */
function conformAttributes(node: ProseMirrorNode): Record<string, unknown> | null {
  const rule = nodeAttributeRules[node.type.name];
  if (rule === undefined) return null;
  const checked = rule.safeParse(node.attrs);
  if (checked.success) return null;
  const attributes: Record<string, unknown> = { ...node.attrs };
  for (const issue of checked.error.issues) {
    const [name] = issue.path;
    if (typeof name === 'string' && name in attributes) attributes[name] = node.type.spec.attrs?.[name]?.default ?? null;
  }
  return attributes;
}

function conformNode(node: ProseMirrorNode): ProseMirrorNode | null {
  if (node.isText) {
    const text = (node.text ?? '').replace(unstorableCharacters, '');
    if (text === '') return null;
    const conformed = node.marks.map(conformMark);
    if (text === node.text && conformed.every((mark, index) => mark === node.marks[index])) return node;
    return node.type.schema.text(text, conformed.filter((mark): mark is Mark => mark !== null));
  }
  const attributes = conformAttributes(node);
  const content = conformFragment(node.content);
  if (attributes === null) return content === node.content ? node : node.copy(content);
  return node.type.create(attributes, content, node.marks);
}

/**
 * Content from outside the roundup's own JSON (a paste, a drop) brought to what the validator accepts, so that an
 * autosave never fails on it: marks and attribute values are checked against the same rules (`attribute-rules.ts`);
 * a link keeps its normalised address or loses the link, a refused attribute value goes back to its default, and
 * characters storage cannot hold (NUL, broken surrogate pairs) are left out. The text is kept.
 */
export function conformFragment(fragment: Fragment): Fragment {
  const children: ProseMirrorNode[] = [];
  let changed = false;
  fragment.forEach((child) => {
    const conformed = conformNode(child);
    if (conformed !== child) changed = true;
    if (conformed !== null) children.push(conformed);
  });
  return changed ? Fragment.from(children) : fragment;
}
