import type { Mark, MarkType, Node as ProseMirrorNode, NodeType } from '@tiptap/pm/model';
import type { z } from 'zod/mini';
import { markAttributeRules, nodeAttributeRules } from './attribute-rules';
import { isRecord } from './is-record';
import { isStorableText, unstorableTextMessage } from './storable-text';
import { proseMirrorSchema } from './prosemirror-schema';

export interface BodyIssue {
  /** JSON path into the body, e.g. `content[1].content[2].marks[0].attrs.href`. */
  path: string;
  /** Where, in words a reporter understands: `brief 2 › paragraph 3`. */
  location: string;
  message: string;
}

export type BodyValidation = { ok: true; doc: ProseMirrorNode } | { ok: false; issues: BodyIssue[] };

const nodeLabels: Record<string, string> = {
  brief: 'brief',
  briefHeading: 'heading',
  paragraph: 'paragraph',
  figure: 'photo',
  figureCaption: 'caption',
  figureCredit: 'credit',
  text: 'text',
};

interface Walk {
  issues: BodyIssue[];
  briefIds: Set<string>;
}

const nodeFields = new Set(['type', 'attrs', 'content', 'marks', 'text']);
const markFields = new Set(['type', 'attrs']);

/** `path.key`, or `key` at the top of the body (whose path is empty). */
function pathTo(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function checkFields(raw: Record<string, unknown>, allowed: ReadonlySet<string>, path: string, location: string, walk: Walk): void {
  for (const key of Object.keys(raw)) {
    if (!allowed.has(key)) walk.issues.push({ path: pathTo(path, key), location, message: `unknown field "${key}"` });
  }
}

/**
 * The attributes of one node or mark against its rule: every key it does not know is reported on its own
 * (`unknown attribute "class"`), every known one with a bad value too. Null when any is wrong.
 */
function checkAttributes(
  rule: z.ZodMiniObject,
  raw: unknown,
  label: string,
  path: string,
  location: string,
  walk: Walk,
): Record<string, unknown> | null {
  const attributesPath = pathTo(path, 'attrs');
  if (raw !== undefined && raw !== null && !isRecord(raw)) {
    walk.issues.push({ path: attributesPath, location, message: 'attrs must be an object' });
    return null;
  }
  const given = raw ?? {};
  const allowed = Object.keys(rule.shape);
  const known: Record<string, unknown> = {};
  let ok = true;
  for (const [key, value] of Object.entries(given)) {
    if (allowed.includes(key)) {
      known[key] = value;
      continue;
    }
    ok = false;
    const carries = allowed.length === 0 ? 'no attributes' : `only ${allowed.map((name) => `"${name}"`).join(', ')}`;
    walk.issues.push({ path: `${attributesPath}.${key}`, location, message: `unknown attribute "${key}": a ${label} carries ${carries}` });
  }
  const parsed = rule.safeParse(known);
  if (!parsed.success) {
    for (const problem of parsed.error.issues) {
      walk.issues.push({
        path: `${attributesPath}${problem.path.map((key) => `.${String(key)}`).join('')}`,
        location,
        message: problem.message,
      });
    }
    return null;
  }
  return ok ? parsed.data : null;
}

function describeExpected(type: NodeType): string {
  return type.spec.content ?? 'nothing';
}

function checkMarks(raw: unknown, parent: NodeType, path: string, location: string, walk: Walk): Mark[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    walk.issues.push({ path: `${path}.marks`, location, message: 'marks must be a list' });
    return [];
  }
  const marks: Mark[] = [];
  raw.forEach((entry: unknown, index) => {
    const markPath = `${path}.marks[${index}]`;
    if (!isRecord(entry) || typeof entry.type !== 'string') {
      walk.issues.push({ path: markPath, location, message: 'mark must have a type' });
      return;
    }
    checkFields(entry, markFields, markPath, location, walk);
    const markType: MarkType | undefined = proseMirrorSchema.marks[entry.type];
    const attributeRule = markAttributeRules[entry.type];
    if (markType === undefined || attributeRule === undefined) {
      walk.issues.push({ path: markPath, location, message: `unknown mark "${entry.type}"` });
      return;
    }
    if (!parent.allowsMarkType(markType)) {
      walk.issues.push({
        path: markPath,
        location,
        message: `${entry.type} is not allowed in a ${nodeLabels[parent.name] ?? parent.name}`,
      });
      return;
    }
    const attributes = checkAttributes(attributeRule, entry.attrs, entry.type, markPath, location, walk);
    if (attributes !== null) marks.push(markType.create(attributes));
  });
  return marks;
}

function checkNode(
  raw: unknown,
  parent: NodeType | null,
  path: string,
  location: string,
  walk: Walk,
): ProseMirrorNode | null {
  if (!isRecord(raw) || typeof raw.type !== 'string') {
    walk.issues.push({ path, location, message: 'node must be an object with a "type"' });
    return null;
  }
  checkFields(raw, nodeFields, path, location || 'document', walk);
  const type: NodeType | undefined = proseMirrorSchema.nodes[raw.type];
  const attributeRule = nodeAttributeRules[raw.type];
  if (type === undefined || attributeRule === undefined) {
    walk.issues.push({ path, location, message: `unknown node "${raw.type}"` });
    return null;
  }
  const label = nodeLabels[raw.type] ?? raw.type;
  const attributes = checkAttributes(attributeRule, raw.attrs, label, path, location || 'document', walk);

  if (type.isText) {
    if (raw.content !== undefined) walk.issues.push({ path: `${path}.content`, location, message: 'a text node has no content' });
    if (typeof raw.text !== 'string' || raw.text.length === 0) {
      walk.issues.push({ path, location, message: 'text node must have non-empty text' });
      return null;
    }
    if (!isStorableText(raw.text)) {
      walk.issues.push({ path: `${path}.text`, location, message: unstorableTextMessage });
      return null;
    }
    if (parent === null) return null;
    const marks = checkMarks(raw.marks, parent, path, location, walk);
    return attributes === null ? null : proseMirrorSchema.text(raw.text, marks);
  }

  if (raw.text !== undefined) walk.issues.push({ path: pathTo(path, 'text'), location: location || 'document', message: `a ${label} has no text of its own` });
  if (raw.type === 'brief' && isRecord(raw.attrs) && typeof raw.attrs.id === 'string') {
    if (walk.briefIds.has(raw.attrs.id)) {
      walk.issues.push({ path: `${path}.attrs.id`, location, message: `brief id "${raw.attrs.id}" is used twice` });
    }
    walk.briefIds.add(raw.attrs.id);
  }
  if (raw.marks !== undefined && (!Array.isArray(raw.marks) || raw.marks.length > 0)) {
    walk.issues.push({ path: `${path}.marks`, location, message: `a ${nodeLabels[raw.type] ?? raw.type} cannot carry marks` });
  }

  const rawChildren: unknown = raw.content ?? [];
  if (!Array.isArray(rawChildren)) {
    walk.issues.push({ path: `${path}.content`, location, message: 'content must be a list' });
    return null;
  }

  const children: ProseMirrorNode[] = [];
  const counters = new Map<string, number>();
  let match = type.contentMatch;
  let contentValid = true;
  rawChildren.forEach((child: unknown, index) => {
    const childType = isRecord(child) && typeof child.type === 'string' ? child.type : '?';
    const ordinal = (counters.get(childType) ?? 0) + 1;
    counters.set(childType, ordinal);
    const childLocation = childType === 'text' ? location : `${location ? `${location} › ` : ''}${nodeLabels[childType] ?? childType} ${ordinal}`;
    const childPath = `${path ? `${path}.` : ''}content[${index}]`;
    const node = checkNode(child, type, childPath, childLocation, walk);
    if (node === null) {
      contentValid = false;
      return;
    }
    const next = contentValid ? match.matchType(node.type) : null;
    if (contentValid && next === null) {
      walk.issues.push({
        path: childPath,
        location: childLocation,
        message: `a ${nodeLabels[node.type.name] ?? node.type.name} cannot go here inside a ${nodeLabels[type.name] ?? type.name} (expected: ${describeExpected(type)})`,
      });
      contentValid = false;
    } else if (next !== null) {
      match = next;
    }
    children.push(node);
  });
  if (contentValid && !match.validEnd) {
    walk.issues.push({
      path: `${path ? `${path}.` : ''}content`,
      location: location || 'document',
      message: `${type.name === 'doc' ? 'the roundup' : `a ${nodeLabels[type.name] ?? type.name}`} is incomplete (expected: ${describeExpected(type)})`,
    });
    contentValid = false;
  }
  if (!contentValid || attributes === null) return null;
  try {
    return type.create(attributes, children);
  } catch (error) {
    walk.issues.push({ path, location, message: error instanceof Error ? error.message : 'invalid node' });
    return null;
  }
}

/**
 * Checks a stored or submitted body against the roundup schema and says where every problem is.
 * Unlike `Node.fromJSON` it reports all problems, never throws, and enforces what ProseMirror leaves open:
 * attribute types, the link allowlist and unique brief ids.
 */
export function validateRoundupBody(json: unknown): BodyValidation {
  const walk: Walk = { issues: [], briefIds: new Set() };
  if (!isRecord(json) || json.type !== 'doc') {
    return { ok: false, issues: [{ path: '', location: 'document', message: 'the body must be a "doc" node' }] };
  }
  const doc = checkNode(json, null, '', '', walk);
  if (walk.issues.length > 0 || doc === null) return { ok: false, issues: walk.issues };
  try {
    doc.check();
  } catch (error) {
    return {
      ok: false,
      issues: [{ path: '', location: 'document', message: error instanceof Error ? error.message : 'invalid document' }],
    };
  }
  return { ok: true, doc };
}

export interface BriefToValidate {
  raw: unknown;
  /** JSON path of the brief in the request, e.g. `briefs[0]`. */
  path: string;
  /** Where it is, in words: `brief 3` (its place in the roundup), so problems read `brief 3 › paragraph 2`. */
  location: string;
}

export type BriefsValidation = { ok: true; briefs: ProseMirrorNode[] } | { ok: false; issues: BodyIssue[] };

/**
 * Checks briefs on their own, as a partial save sends them: each must be a valid `brief` node, and no id may repeat
 * among them. Checking the rest of the roundup (ids unique across it, at least one brief) is the caller's part.
 */
export function validateBriefs(briefs: readonly BriefToValidate[]): BriefsValidation {
  const walk: Walk = { issues: [], briefIds: new Set() };
  const docType = proseMirrorSchema.topNodeType;
  const nodes: ProseMirrorNode[] = [];
  for (const brief of briefs) {
    const { location } = brief;
    const node = checkNode(brief.raw, docType, brief.path, location, walk);
    if (node === null) continue;
    if (node.type.name !== 'brief') {
      walk.issues.push({ path: brief.path, location, message: `a ${nodeLabels[node.type.name] ?? node.type.name} cannot stand in for a brief` });
      continue;
    }
    try {
      node.check();
      nodes.push(node);
    } catch (error) {
      walk.issues.push({ path: brief.path, location, message: error instanceof Error ? error.message : 'invalid brief' });
    }
  }
  return walk.issues.length > 0 ? { ok: false, issues: walk.issues } : { ok: true, briefs: nodes };
}
