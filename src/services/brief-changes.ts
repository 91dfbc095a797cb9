import type { JSONContent } from '@tiptap/core';
import type { FieldIssue } from '../contract/api-error';
import type { SaveRoundupChangesRequest } from '../contract/roundup-endpoints';
import { isRecord } from '../schema/is-record';
import { roundupBodySchema } from '../schema/roundup-body';
import type { Roundup } from '../schema/roundup';
import { validateBriefs } from '../schema/validate-roundup-body';
import { invalidBody, validationFailed } from './service-error';

/** A partial save, checked as far as the request alone allows: the new order and the new or edited briefs by id. */
export interface PreparedBriefChanges {
  order: readonly string[];
  /** Canonical form (as the schema writes it back) of each brief sent. */
  changed: ReadonlyMap<string, JSONContent>;
}

function sentBriefId(raw: unknown): string | undefined {
  if (!isRecord(raw) || !isRecord(raw.attrs)) return undefined;
  return typeof raw.attrs.id === 'string' ? raw.attrs.id : undefined;
}

/**
 * Checks the order and the sent briefs against each other (400 validation_failed: an id listed twice, a brief sent
 * that the order leaves out) and each sent brief against the schema (400 invalid_body, located by its place in the
 * order). Whether the briefs not sent exist is up to `mergeBriefChanges`, which knows the base version.
 */
export function prepareBriefChanges(request: Pick<SaveRoundupChangesRequest, 'briefOrder' | 'briefs'>): PreparedBriefChanges {
  const issues: FieldIssue[] = [];
  const positions = new Map<string, number>();
  request.briefOrder.forEach((id, index) => {
    if (positions.has(id)) issues.push({ path: `briefOrder[${index}]`, message: `brief "${id}" is listed twice` });
    else positions.set(id, index);
  });
  const sentIds = new Set<string>();
  request.briefs.forEach((raw, index) => {
    const id = sentBriefId(raw);
    if (id === undefined) return;
    const path = `briefs[${index}].attrs.id`;
    if (!positions.has(id)) issues.push({ path, message: `brief "${id}" is sent but missing from briefOrder` });
    else if (sentIds.has(id)) issues.push({ path, message: `brief "${id}" is sent twice` });
    sentIds.add(id);
  });
  if (issues.length > 0) throw validationFailed(issues, 'the changes do not fit together');

  const validation = validateBriefs(
    request.briefs.map((raw, index) => {
      const position = positions.get(sentBriefId(raw) ?? '');
      return { raw, path: `briefs[${index}]`, location: position === undefined ? 'brief' : `brief ${position + 1}` };
    }),
  );
  if (!validation.ok) throw invalidBody(validation.issues);
  const changed = new Map<string, JSONContent>();
  for (const node of validation.briefs) {
    const id: unknown = node.attrs.id;
    if (typeof id === 'string') changed.set(id, roundupBodySchema.parse(node.toJSON()));
  }
  return { order: request.briefOrder, changed };
}

/**
 * The body the changes make of `base`: briefs in the new order, the sent ones replaced, the others the very same
 * objects as in `base` (so comparing and measuring them again is free). An id that is neither sent nor in `base` is a
 * 400 validation_failed: the client must send a brief the server has not seen.
 */
export function mergeBriefChanges(base: Roundup, changes: PreparedBriefChanges): JSONContent {
  const existing = new Map<string, JSONContent>();
  for (const brief of base.body.content ?? []) {
    const id = sentBriefId(brief);
    if (id !== undefined) existing.set(id, brief);
  }
  const issues: FieldIssue[] = [];
  const content: JSONContent[] = [];
  changes.order.forEach((id, index) => {
    const brief = changes.changed.get(id) ?? existing.get(id);
    if (brief === undefined) {
      issues.push({ path: `briefOrder[${index}]`, message: `version ${base.version} has no brief "${id}": send it in briefs` });
    } else {
      content.push(brief);
    }
  });
  if (issues.length > 0) throw validationFailed(issues, 'the changes refer to briefs the roundup does not have');
  return { type: 'doc', content };
}
