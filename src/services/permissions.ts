import type { UserRole } from '../contract/user-endpoints';
import type { RoundupStatus } from '../schema/roundup-status';
import type { Actor } from './actor';
import { forbidden } from './service-error';

/** What a permission check needs to know about a roundup. */
export interface RoundupAccessFacts {
  ownerId: string;
  status: RoundupStatus;
}

/** Statuses in which the reporter still holds the draft; afterwards it is the desk's to edit. */
const reporterEditableStatuses: ReadonlySet<RoundupStatus> = new Set(['draft', 'changes_requested']);

export type RoundupAction = 'read' | 'create' | 'edit' | 'delete' | 'uploadPhoto';

/**
 * Who may do what, in one place, for the server and the mock alike:
 * - reporters create roundups, edit and delete their own while they are drafts (or returned for changes);
 * - desks edit and delete any roundup;
 * - designers read everything and change nothing;
 * - admins may do everything.
 * Everybody signed in reads every roundup: a newsroom shares its copy.
 */
export function isAllowed(actor: Actor, action: RoundupAction, roundup?: RoundupAccessFacts): boolean {
  const rules: Record<UserRole, () => boolean> = {
    admin: () => true,
    desk: () => true,
    designer: () => action === 'read',
    reporter: () => {
      if (action === 'read' || action === 'create' || action === 'uploadPhoto') return true;
      if (roundup === undefined) return false;
      return roundup.ownerId === actor.id && reporterEditableStatuses.has(roundup.status);
    },
  };
  return rules[actor.role]();
}

const refusals: Record<RoundupAction, string> = {
  read: 'you cannot read this roundup',
  create: 'your role cannot create roundups',
  edit: 'you cannot edit this roundup',
  delete: 'you cannot delete this roundup',
  uploadPhoto: 'your role cannot upload photos',
};

function explain(actor: Actor, action: RoundupAction, roundup?: RoundupAccessFacts): string {
  if (actor.role === 'designer') return `${refusals[action]}: designers check layouts and change nothing`;
  if (actor.role === 'reporter' && roundup !== undefined && roundup.ownerId !== actor.id) {
    return `${refusals[action]}: it belongs to another reporter`;
  }
  if (actor.role === 'reporter' && roundup !== undefined) {
    return `${refusals[action]}: it is ${roundup.status.replace('_', ' ')} and with the desk`;
  }
  return refusals[action];
}

/** Throws 403 `forbidden` with a reason a person understands when the actor may not do this. */
export function assertAllowed(actor: Actor, action: RoundupAction, roundup?: RoundupAccessFacts): void {
  if (!isAllowed(actor, action, roundup)) throw forbidden(explain(actor, action, roundup));
}

/** Only admins manage accounts: list them, create them, change roles, deactivate, set passwords. */
export function mayManageAccounts(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Throws 403 `forbidden` unless the actor is an admin. */
export function assertMayManageAccounts(actor: Actor): void {
  if (!mayManageAccounts(actor)) throw forbidden('only admins manage accounts');
}
