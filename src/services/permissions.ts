import type { Actor } from './actor';
import { isAllowed, mayManageAccounts, type RoundupAccessFacts, type RoundupAction } from './access-rules';
import { forbidden } from './service-error';

export { isAllowed, mayManageAccounts, type RoundupAccessFacts, type RoundupAction } from './access-rules';

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

/** Throws 403 `forbidden` unless the actor is an admin. */
export function assertMayManageAccounts(actor: Actor): void {
  if (!mayManageAccounts(actor)) throw forbidden('only admins manage accounts');
}
