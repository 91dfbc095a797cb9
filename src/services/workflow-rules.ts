import type { JSONContent } from '@tiptap/core';
import type { RoundupActionName, RoundupActionRequest, RoundupEvent } from '../contract/workflow-endpoints';
import type { RoundupStatus } from '../schema/roundup-status';
import type { BriefReview, RoundupWorkflow, WorkflowStamp } from '../schema/roundup-workflow';
import type { Actor } from './actor';
import { forbidden, invalidTransition, ServiceError, validationFailed } from './service-error';
import { actionRules, briefIdsOf, reviewOf } from './workflow-actions';

export { actionRules, availableActions, briefIdsOf, mayTake, reviewOf } from './workflow-actions';

const statusWords: Record<RoundupStatus, string> = {
  draft: 'a draft',
  submitted: 'submitted',
  in_review: 'in review',
  changes_requested: 'returned for changes',
  approved: 'approved',
  scheduled: 'scheduled',
  published: 'published',
  withdrawn: 'withdrawn',
};

const actionWords: Record<RoundupActionName, string> = {
  submit: 'submit',
  withdraw_submission: 'withdraw the submission of',
  start_review: 'start reviewing',
  approve_brief: 'approve a brief of',
  return_brief: 'return a brief of',
  request_changes: 'request changes to',
  approve: 'approve',
  schedule: 'schedule',
  publish: 'publish',
  unpublish: 'unpublish',
  check_layout: 'mark the layout checked of',
};

/** What an action needs to know about the roundup it acts on. */
export interface WorkflowSubject {
  id: string;
  ownerId: string;
  status: RoundupStatus;
  workflow: RoundupWorkflow;
  workflowRevision: number;
  body: JSONContent;
}

export interface WorkflowOutcome {
  status: RoundupStatus;
  workflow: RoundupWorkflow;
  event: RoundupEvent;
}

/**
 * Whether the roundup is or ever was published (withdrawn ones included): such a roundup is part of the record and
 * is never deleted. Published and withdrawn are the only statuses after a publication (nothing leads back), and the
 * publication stamp stays on the workflow through a withdrawal.
 */
export function wasEverPublished(subject: Pick<WorkflowSubject, 'status' | 'workflow'>): boolean {
  return subject.status === 'published' || subject.status === 'withdrawn' || subject.workflow.publication !== null;
}

/**
 * Deleting is for drafts that never went out. A published roundup is withdrawn (unpublished, with a reason) instead,
 * and stays in the record with its history; there is no separate archive, since "withdrawn" already is that state.
 * Throws 409 `published_roundup_not_deletable`.
 */
export function assertDeletable(subject: Pick<WorkflowSubject, 'status' | 'workflow'>): void {
  if (!wasEverPublished(subject)) return;
  throw new ServiceError(
    'published_roundup_not_deletable',
    subject.status === 'published'
      ? 'a published roundup cannot be deleted; withdraw (unpublish) it instead, with a reason: it stays in the record with its history'
      : 'a roundup that was published cannot be deleted; it stays withdrawn, in the record with its history',
  );
}

function briefPosition(body: JSONContent, briefId: string): number {
  const index = briefIdsOf(body).indexOf(briefId);
  if (index < 0) throw validationFailed([{ path: 'briefId', message: `the roundup has no brief "${briefId}"` }], 'no such brief');
  return index + 1;
}

/**
 * Takes one review action: checks who may (403 forbidden) and from which status (409 invalid_transition, saying
 * from which statuses it could), applies it and describes it as a history event. Pure: the caller stores the result
 * with a compare-and-set on the workflow revision.
 */
export function takeAction(actor: Actor, subject: WorkflowSubject, request: RoundupActionRequest, now: Date): WorkflowOutcome {
  const { action } = request;
  const rule = actionRules[action];
  if (!rule.roles.includes(actor.role)) {
    throw forbidden(`your role (${actor.role}) cannot ${actionWords[action]} a roundup`);
  }
  if (rule.ownRoundupsOnly?.includes(actor.role) === true && subject.ownerId !== actor.id) {
    throw forbidden(`you can ${actionWords[action]} only your own roundups`);
  }
  if (!rule.from.includes(subject.status)) {
    const allowed = rule.from.map((status) => statusWords[status]).join(' or ');
    throw invalidTransition(`cannot ${actionWords[action]} a roundup that is ${statusWords[subject.status]}; only one that is ${allowed}`);
  }

  const at = now.toISOString();
  const stamp: WorkflowStamp = { by: actor.id, byName: actor.name, at };
  const workflow: RoundupWorkflow = { ...subject.workflow, briefReviews: { ...subject.workflow.briefReviews } };
  const event: RoundupEvent = {
    roundupId: subject.id,
    revision: subject.workflowRevision + 1,
    at,
    actor: { id: actor.id, name: actor.name, role: actor.role },
    action,
    from: subject.status,
    to: rule.to ?? subject.status,
  };

  switch (request.action) {
    case 'submit': {
      // Returned briefs go back to the desk as pending; approved ones stay approved.
      for (const briefId of briefIdsOf(subject.body)) {
        if (reviewOf(workflow, briefId).state === 'returned') workflow.briefReviews[briefId] = { state: 'pending' };
      }
      workflow.approvalOverride = null;
      if (request.note !== undefined) event.note = request.note;
      break;
    }
    case 'withdraw_submission':
      if (request.note !== undefined) event.note = request.note;
      break;
    case 'start_review':
      workflow.reviewer = stamp;
      break;
    case 'approve_brief':
      briefPosition(subject.body, request.briefId);
      workflow.briefReviews[request.briefId] = { state: 'approved', stamp };
      event.briefId = request.briefId;
      break;
    case 'return_brief':
      briefPosition(subject.body, request.briefId);
      workflow.briefReviews[request.briefId] = { state: 'returned', note: request.note, stamp };
      event.briefId = request.briefId;
      event.note = request.note;
      break;
    case 'request_changes':
      event.note = request.note;
      break;
    case 'approve': {
      const waiting = briefIdsOf(subject.body)
        .map((briefId, index) => ({ position: index + 1, review: reviewOf(workflow, briefId) }))
        .filter(({ review }) => review.state !== 'approved');
      if (waiting.length > 0 && request.override === undefined) {
        const list = waiting.map(({ position, review }) => `brief ${position} (${review.state})`).join(', ');
        throw invalidTransition(`not every brief is approved: ${list}; approve them, or approve with an override and a note`);
      }
      workflow.approvalOverride = waiting.length > 0 && request.override !== undefined ? { ...stamp, note: request.override.note } : null;
      if (request.override !== undefined) {
        event.override = waiting.length > 0;
        event.note = request.override.note;
      }
      break;
    }
    case 'schedule':
      if (Date.parse(request.publishAt) <= now.getTime()) {
        throw validationFailed([{ path: 'publishAt', message: 'choose a time in the future' }], 'the publication time has passed');
      }
      workflow.scheduledFor = new Date(request.publishAt).toISOString();
      event.publishAt = workflow.scheduledFor;
      break;
    case 'publish':
      if (subject.status === 'scheduled' && workflow.scheduledFor !== null && Date.parse(workflow.scheduledFor) > now.getTime()) {
        throw invalidTransition(`the roundup is embargoed until ${workflow.scheduledFor}; it publishes itself then`);
      }
      workflow.publication = stamp;
      workflow.withdrawal = null;
      break;
    case 'unpublish':
      workflow.withdrawal = { ...stamp, reason: request.reason };
      event.note = request.reason;
      break;
    case 'check_layout':
      workflow.layoutCheck = stamp;
      if (request.note !== undefined) event.note = request.note;
      break;
  }
  return { status: rule.to ?? subject.status, workflow, event };
}

/**
 * After a save: briefs whose content changed and that had been approved go back to pending (and say so); reviews of
 * briefs no longer in the roundup are dropped. Returns null when nothing changes.
 */
export function reviewAfterEdit(
  workflow: RoundupWorkflow,
  before: JSONContent,
  after: JSONContent,
  sameBrief: (left: JSONContent, right: JSONContent) => boolean,
): { workflow: RoundupWorkflow; reopened: string[] } | null {
  const beforeById = new Map<string, JSONContent>();
  for (const node of before.content ?? []) if (typeof node.attrs?.id === 'string') beforeById.set(node.attrs.id, node);
  const present = new Set<string>();
  const reopened: string[] = [];
  const reviews: Record<string, BriefReview> = {};
  for (const node of after.content ?? []) {
    const id = node.attrs?.id;
    if (typeof id !== 'string') continue;
    present.add(id);
    const review = workflow.briefReviews[id];
    if (review === undefined) continue;
    const previous = beforeById.get(id);
    if (review.state === 'approved' && (previous === undefined || !sameBrief(previous, node))) {
      reviews[id] = { state: 'pending', reopenedByEdit: true };
      reopened.push(id);
    } else {
      reviews[id] = review;
    }
  }
  const dropped = Object.keys(workflow.briefReviews).some((id) => !present.has(id));
  if (reopened.length === 0 && !dropped) return null;
  return { workflow: { ...workflow, briefReviews: reviews }, reopened };
}
