import type { Roundup } from '@/schema/roundup';
import type { Actor } from '@/services/actor';
import { isAllowed } from '@/services/access-rules';

const reporterStages: ReadonlySet<Roundup['status']> = new Set(['draft', 'changes_requested']);

/**
 * Whether this user is the one to edit now, and so takes the edit lock on opening: the reporter while the roundup is
 * theirs to write (a draft, or returned for changes), the desk once it has been submitted. A desk that opens a
 * reporter's draft reads it, and does not lock the reporter out.
 */
export function holdsPen(user: Actor, roundup: Roundup): boolean {
  if (!isAllowed(user, 'edit', roundup)) return false;
  if (roundup.ownerId === user.id) return reporterStages.has(roundup.status) || user.role !== 'reporter';
  return !reporterStages.has(roundup.status);
}
