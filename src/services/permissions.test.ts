import { describe, expect, it } from 'vitest';
import { userRoles, type UserRole } from '../contract/user-endpoints';
import { roundupStatuses, type RoundupStatus } from '../schema/roundup-status';
import type { Actor } from './actor';
import { assertAllowed, isAllowed, type RoundupAction } from './permissions';

const actors: Record<UserRole, Actor> = {
  reporter: { id: 'u-reporter', name: '기자', role: 'reporter' },
  desk: { id: 'u-desk', name: '데스크', role: 'desk' },
  designer: { id: 'u-designer', name: '디자이너', role: 'designer' },
  admin: { id: 'u-admin', name: '관리자', role: 'admin' },
};

function expected(role: UserRole, action: RoundupAction, own: boolean, status: RoundupStatus): boolean {
  if (role === 'admin' || role === 'desk') return true;
  if (role === 'designer') return action === 'read';
  if (action === 'read' || action === 'create' || action === 'uploadPhoto') return true;
  return own && (status === 'draft' || status === 'changes_requested');
}

describe('permissions: every role × action × ownership × status', () => {
  const actions: RoundupAction[] = ['read', 'create', 'edit', 'delete', 'uploadPhoto'];
  for (const role of userRoles) {
    for (const action of actions) {
      for (const own of [true, false]) {
        for (const status of roundupStatuses) {
          const allowed = expected(role, action, own, status);
          it(`${role} ${allowed ? 'may' : 'may not'} ${action} ${own ? 'their own' : "someone else's"} ${status} roundup`, () => {
            const roundup = { ownerId: own ? actors[role].id : 'u-someone-else', status };
            expect(isAllowed(actors[role], action, roundup)).toBe(allowed);
            if (allowed) expect(() => assertAllowed(actors[role], action, roundup)).not.toThrow();
            else expect(() => assertAllowed(actors[role], action, roundup)).toThrow(expect.objectContaining({ code: 'forbidden' }));
          });
        }
      }
    }
  }

  it('explains a refusal in words', () => {
    expect(() => assertAllowed(actors.designer, 'edit', { ownerId: 'u-reporter', status: 'draft' })).toThrow(/designers/);
    expect(() => assertAllowed(actors.reporter, 'edit', { ownerId: 'u-other', status: 'draft' })).toThrow(/another reporter/);
    expect(() => assertAllowed(actors.reporter, 'edit', { ownerId: 'u-reporter', status: 'in_review' })).toThrow(/with the desk/);
  });
});
