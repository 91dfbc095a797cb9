import { describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../../src/contract/api-error';
import { photoSchema } from '../../src/contract/photo-endpoints';
import { roundupResponseSchema } from '../../src/contract/roundup-endpoints';
import { apiRoutes } from '../../src/contract/routes';
import type { UserRole } from '../../src/contract/user-endpoints';
import type { Roundup } from '../../src/schema/roundup';
import { imageFixtures } from './image-fixtures';
import type { ContractBackend } from './roundup-api-contract';
import { signedInBackend } from './signed-in-client';

type Outcome = 'allowed' | 'forbidden';
const roles: UserRole[] = ['reporter', 'desk', 'designer', 'admin'];

/**
 * Every role against every endpoint, over HTTP: what each may do and the 403 for what it may not. Reporters own
 * their drafts; desks edit everything; designers read only; admins do everything.
 */
const matrix: Record<string, Record<UserRole, Outcome>> = {
  'list roundups': { reporter: 'allowed', desk: 'allowed', designer: 'allowed', admin: 'allowed' },
  'create a roundup': { reporter: 'allowed', desk: 'allowed', designer: 'forbidden', admin: 'allowed' },
  'read a roundup': { reporter: 'allowed', desk: 'allowed', designer: 'allowed', admin: 'allowed' },
  "save the reporter's draft": { reporter: 'allowed', desk: 'allowed', designer: 'forbidden', admin: 'allowed' },
  "save the desk's roundup": { reporter: 'forbidden', desk: 'allowed', designer: 'forbidden', admin: 'allowed' },
  "save changes to the reporter's draft": { reporter: 'allowed', desk: 'allowed', designer: 'forbidden', admin: 'allowed' },
  "save changes to the desk's roundup": { reporter: 'forbidden', desk: 'allowed', designer: 'forbidden', admin: 'allowed' },
  "delete the reporter's draft": { reporter: 'allowed', desk: 'allowed', designer: 'forbidden', admin: 'allowed' },
  "delete the desk's roundup": { reporter: 'forbidden', desk: 'allowed', designer: 'forbidden', admin: 'allowed' },
  'upload a photo': { reporter: 'allowed', desk: 'allowed', designer: 'forbidden', admin: 'allowed' },
  'read a photo': { reporter: 'allowed', desk: 'allowed', designer: 'allowed', admin: 'allowed' },
};

export function defineAuthorizationContract(backendName: string, setup: () => Promise<ContractBackend>): void {
  describe(`authorization contract: ${backendName}`, () => {
    const session = signedInBackend(setup);

    async function createAs(role: UserRole): Promise<Roundup> {
      const response = await session.clients[role].call(apiRoutes.roundups, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ meta: { headline: `${role}의 기사` } }),
      });
      expect(response.status, await response.clone().text()).toBe(201);
      return roundupResponseSchema.parse(await response.json());
    }

    function saveAs(role: UserRole, roundup: Roundup): Promise<Response> {
      return session.clients[role].call(apiRoutes.roundup(roundup.id), {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ baseVersion: roundup.version, meta: { ...roundup.meta, headline: `${role}가 고침` }, body: roundup.body }),
      });
    }

    function saveChangesAs(role: UserRole, roundup: Roundup): Promise<Response> {
      const briefOrder = (roundup.body.content ?? []).map((brief) => String(brief.attrs?.id));
      return session.clients[role].call(apiRoutes.roundup(roundup.id), {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ baseVersion: roundup.version, meta: { ...roundup.meta, headline: `${role}가 고침` }, briefOrder, briefs: [] }),
      });
    }

    async function uploadAs(role: UserRole): Promise<Response> {
      const form = new FormData();
      form.append('file', new Blob([imageFixtures.png(6, 4)], { type: 'image/png' }), 'p.png');
      return session.clients[role].call(apiRoutes.photos, { method: 'POST', body: form });
    }

    const act: Record<string, (role: UserRole) => Promise<Response>> = {
      'list roundups': (role) => session.clients[role].call(apiRoutes.roundups),
      'create a roundup': (role) =>
        session.clients[role].call(apiRoutes.roundups, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }),
      'read a roundup': async (role) => session.clients[role].call(apiRoutes.roundup((await createAs('reporter')).id)),
      "save the reporter's draft": async (role) => saveAs(role, await createAs('reporter')),
      "save the desk's roundup": async (role) => saveAs(role, await createAs('desk')),
      "save changes to the reporter's draft": async (role) => saveChangesAs(role, await createAs('reporter')),
      "save changes to the desk's roundup": async (role) => saveChangesAs(role, await createAs('desk')),
      "delete the reporter's draft": async (role) =>
        session.clients[role].call(apiRoutes.roundup((await createAs('reporter')).id), { method: 'DELETE' }),
      "delete the desk's roundup": async (role) => session.clients[role].call(apiRoutes.roundup((await createAs('desk')).id), { method: 'DELETE' }),
      'upload a photo': (role) => uploadAs(role),
      'read a photo': async (role) => {
        const uploaded = photoSchema.parse(await (await uploadAs('reporter')).json());
        return session.clients[role].call(uploaded.url);
      },
    };

    for (const [action, outcomes] of Object.entries(matrix)) {
      for (const role of roles) {
        const outcome = outcomes[role];
        it(`${role}: ${action} → ${outcome}`, async () => {
          const response = await act[action]!(role);
          if (outcome === 'allowed') {
            expect(response.status, await response.clone().text()).toBeLessThan(300);
          } else {
            expect(response.status).toBe(403);
            const { error } = apiErrorBodySchema.parse(await response.json());
            expect(error.code).toBe('forbidden');
            expect(error.message.length).toBeGreaterThan(10);
          }
        });
      }
    }
  });
}
