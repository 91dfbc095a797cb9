import type { JSONContent } from '@tiptap/core';
import type { UserRole } from '../contract/user-endpoints';
import type { RoundupActionName } from '../contract/workflow-endpoints';
import type { RoundupStatus } from '../schema/roundup-status';
import type { BriefReview, RoundupWorkflow } from '../schema/roundup-workflow';
import type { Actor } from './actor';

// The part of the workflow rules that the editor reads to offer actions, apart from `takeAction` and its errors
// (workflow-rules.ts): a module the browser shares with the mock brings along everything the mock uses of it.

/** Who may take an action, and from which statuses; `to` null leaves the status as it is. */
interface ActionRule {
  roles: readonly UserRole[];
  /** Roles that may take it only on their own roundups. */
  ownRoundupsOnly?: readonly UserRole[];
  from: readonly RoundupStatus[];
  to: RoundupStatus | null;
}

const desks: readonly UserRole[] = ['desk', 'admin'];

/**
 * The review workflow, in one table for the server and the mock alike: reporters submit and withdraw their own
 * submissions (a desk may submit a roundup of its own), desks review, judge briefs, approve, schedule, publish and
 * unpublish, designers mark the layout checked. Admins may do everything.
 */
export const actionRules: Record<RoundupActionName, ActionRule> = {
  submit: { roles: ['reporter', 'desk', 'admin'], ownRoundupsOnly: ['reporter', 'desk'], from: ['draft', 'changes_requested'], to: 'submitted' },
  withdraw_submission: { roles: ['reporter', 'desk', 'admin'], ownRoundupsOnly: ['reporter', 'desk'], from: ['submitted'], to: 'draft' },
  start_review: { roles: desks, from: ['submitted'], to: 'in_review' },
  approve_brief: { roles: desks, from: ['in_review'], to: null },
  return_brief: { roles: desks, from: ['in_review'], to: null },
  request_changes: { roles: desks, from: ['in_review'], to: 'changes_requested' },
  approve: { roles: desks, from: ['in_review'], to: 'approved' },
  schedule: { roles: desks, from: ['approved', 'scheduled'], to: 'scheduled' },
  publish: { roles: desks, from: ['approved', 'scheduled'], to: 'published' },
  unpublish: { roles: desks, from: ['published'], to: 'withdrawn' },
  check_layout: { roles: ['designer', 'admin'], from: ['approved', 'scheduled', 'published'], to: null },
};

/** The ids of the roundup's briefs, in order. */
export function briefIdsOf(body: JSONContent): string[] {
  return (body.content ?? []).flatMap((node) => (node.type === 'brief' && typeof node.attrs?.id === 'string' ? [node.attrs.id] : []));
}

export function reviewOf(workflow: RoundupWorkflow, briefId: string): BriefReview {
  return workflow.briefReviews[briefId] ?? { state: 'pending' };
}

/** Whether the actor's role may take the action on this roundup at all (whatever its status). */
export function mayTake(actor: Actor, action: RoundupActionName, subject: { ownerId: string }): boolean {
  const rule = actionRules[action];
  if (!rule.roles.includes(actor.role)) return false;
  return !(rule.ownRoundupsOnly?.includes(actor.role) === true && subject.ownerId !== actor.id);
}

/** The actions the actor could take now, for the UI to offer (the service still decides each request). */
export function availableActions(actor: Actor, subject: { ownerId: string; status: RoundupStatus }): RoundupActionName[] {
  return (Object.keys(actionRules) as RoundupActionName[]).filter(
    (action) => mayTake(actor, action, subject) && actionRules[action].from.includes(subject.status),
  );
}
