import type { Mark, MarkType, Node as ProseMirrorNode, NodeType } from '@tiptap/pm/model';
import { z } from 'zod/mini';
import { briefIdSchema } from './brief-id';
import { isRecord } from './is-record';
import { isStorableText, unstorableTextMessage } from './storable-text';
import { isAllowedLinkHref } from './link-allowlist';
import { figureAttributesSchema } from './nodes/figure';
import { proseMirrorSchema } from './prosemirror-schema';

export interface BodyIssue {
  /** JSON path into the body, e.g. `content[1].content[2].marks[0].attrs.href`. */
  path: string;
  /** Where, in words a reporter understands: `brief 2 › paragraph 3`. */
  location: string;
  message: string;
}

export type BodyValidation = { ok: true; doc: ProseMirrorNode } | { ok: false; issues: BodyIssue[] };

const nodeAttributeSchemas: Record<string, z.ZodMiniType> = {
  doc: z.strictObject({}),
  brief: z.strictObject({ id: briefIdSchema }),
  briefHeading: z.strictObject({}),
  paragraph: z.strictObject({}),
  figure: figureAttributesSchema,
  figureCaption: z.strictObject({}),
  figureCredit: z.strictObject({}),
  text: z.strictObject({}),
};

const markAttributeSchemas: Record<string, z.ZodMiniType> = {
  bold: z.strictObject({}),
  italic: z.strictObject({}),
  link: z.strictObject({
    href: z.string().check(z.refine(isAllowedLinkHref, 'link must be an http, https or mailto URL')),
    target: z.optional(z.nullable(z.string())),
    rel: z.optional(z.nullable(z.string())),
    class: z.optional(z.nullable(z.string())),
    title: z.optional(z.nullable(z.string())),
  }),
};

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

function reportAttributeIssues(error: z.core.$ZodError, path: string, location: string, walk: Walk): void {
  for (const problem of error.issues) {
    walk.issues.push({
      path: `${path}.attrs${problem.path.map((key) => `.${String(key)}`).join('')}`,
      location,
      message: problem.message,
    });
  }
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
    const markType: MarkType | undefined = proseMirrorSchema.marks[entry.type];
    const attributeSchema = markAttributeSchemas[entry.type];
    if (markType === undefined || attributeSchema === undefined) {
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
    const attributes = attributeSchema.safeParse(entry.attrs ?? {});
    if (!attributes.success) {
      reportAttributeIssues(attributes.error, markPath, location, walk);
      return;
    }
    marks.push(markType.create(entry.attrs ?? {}));
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
  const type: NodeType | undefined = proseMirrorSchema.nodes[raw.type];
  const attributeSchema = nodeAttributeSchemas[raw.type];
  if (type === undefined || attributeSchema === undefined) {
    walk.issues.push({ path, location, message: `unknown node "${raw.type}"` });
    return null;
  }

  if (type.isText) {
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
    return proseMirrorSchema.text(raw.text, marks);
  }

  const attributes = attributeSchema.safeParse(raw.attrs ?? {});
  if (!attributes.success) reportAttributeIssues(attributes.error, path, location, walk);
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
  if (!contentValid || !attributes.success) return null;
  try {
    return type.create(attributes.data as Record<string, unknown>, children);
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
