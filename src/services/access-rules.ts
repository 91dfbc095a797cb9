import type { UserRole } from '../contract/user-endpoints';
import type { RoundupStatus } from '../schema/roundup-status';
import type { Actor } from './actor';

// The permission rules the browser reads to offer or hide actions, apart from the assertions and their English
// refusals (permissions.ts): a module the browser shares with the mock brings along everything the mock uses of it.

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

/** Only admins manage accounts: list them, create them, change roles, deactivate, set passwords. */
export function mayManageAccounts(actor: Actor): boolean {
  return actor.role === 'admin';
}
