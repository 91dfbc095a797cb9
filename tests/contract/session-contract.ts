import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../../src/contract/api-error';
import { apiRoutePatterns, apiRoutes } from '../../src/contract/routes';
import { csrfHeaderName, sessionCookieName, sessionResponseSchema } from '../../src/contract/user-endpoints';
import { demoAccounts, demoPassword } from '../../src/services/demo-accounts';
import type { ContractBackend } from './roundup-api-contract';
import { anonymousClient, sessionCookieFrom, signInAs } from './signed-in-client';

/** Sign-in, sessions, 401 vs 403 and the CSRF defence, the same on every backend. */
export function defineSessionContract(backendName: string, setup: () => Promise<ContractBackend>): void {
  describe(`session and CSRF contract: ${backendName}`, () => {
    let backend: ContractBackend;
    beforeAll(async () => {
      backend = await setup();
    });
    afterAll(async () => {
      await backend.teardown();
    });

    async function codeOf(response: Response): Promise<string> {
      return apiErrorBodySchema.parse(await response.json()).error.code;
    }

    it.each(demoAccounts.map((account) => [account.role, account.email] as const))(
      'signs in the demo %s and GET /api/me names them',
      async (role, email) => {
        const client = await signInAs(backend, email);
        const me = await client.call(apiRoutes.me);
        expect(me.status).toBe(200);
        expect(sessionResponseSchema.parse(await me.json()).user).toMatchObject({ email, role });
      },
    );

    it('sets an httpOnly, SameSite session cookie', async () => {
      const response = await anonymousClient(backend).call(apiRoutes.session, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'desk@bureau.test', password: demoPassword }),
      });
      const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${sessionCookieName}=`)) ?? '';
      expect(header).toMatch(/HttpOnly/i);
      expect(header).toMatch(/SameSite=Lax/i);
      expect(header).toMatch(/Path=\//i);
    });

    it('answers 401 unauthenticated for a wrong password, an unknown account and no session', async () => {
      const anonymous = anonymousClient(backend);
      const wrong = await anonymous.call(apiRoutes.session, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'reporter@bureau.test', password: 'not-it' }),
      });
      expect(wrong.status).toBe(401);
      expect(await codeOf(wrong)).toBe('unauthenticated');
      expect(sessionCookieFrom(wrong)).toBeNull();

      const unknown = await anonymous.call(apiRoutes.session, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@bureau.test', password: demoPassword }),
      });
      expect(unknown.status).toBe(401);

      for (const path of [apiRoutes.me, apiRoutes.roundups, apiRoutes.roundup('gwangju-2017-12-06'), apiRoutes.photo('demo-fire-station')]) {
        const response = await anonymous.call(path);
        expect(response.status, path).toBe(401);
        expect(await codeOf(response)).toBe('unauthenticated');
      }
    });

    it('answers 400 for a malformed sign-in request', async () => {
      const response = await anonymousClient(backend).call(apiRoutes.session, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'reporter@bureau.test' }),
      });
      expect(response.status).toBe(400);
      expect(await codeOf(response)).toBe('validation_failed');
    });

    it('ends the session at sign-out', async () => {
      const client = await signInAs(backend, 'reporter@bureau.test');
      const out = await client.call(apiRoutes.session, { method: 'DELETE' });
      expect(out.status).toBe(204);
      expect(out.headers.getSetCookie().join(';')).toMatch(new RegExp(`${sessionCookieName}=;`));
      expect((await client.call(apiRoutes.me)).status).toBe(401);
    });

    it('refuses a state-changing request without the CSRF header, or from another origin, with 403', async () => {
      const client = await signInAs(backend, 'reporter@bureau.test');
      const withoutHeader = await client.call(apiRoutes.roundups, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [csrfHeaderName]: '' },
        body: '{}',
      });
      expect(withoutHeader.status).toBe(403);
      expect(await codeOf(withoutHeader)).toBe('forbidden');

      const crossSite = await client.call(apiRoutes.roundups, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
        body: '{}',
      });
      expect(crossSite.status).toBe(403);

      const sameSite = await client.call(apiRoutes.roundups, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: new URL(backend.baseUrl).origin },
        body: '{}',
      });
      expect(sameSite.status).toBe(201);
    });

    it('publishes an OpenAPI 3.1 document generated from the contract', async () => {
      const response = await anonymousClient(backend).call(apiRoutes.openApi);
      expect(response.status).toBe(200);
      const document: { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } } =
        await response.json();
      expect(document.openapi).toBe('3.1.0');
      // Every route the API serves is documented (photo files are served as bytes, described under the photo).
      const documented = Object.values(apiRoutePatterns)
        .filter((pattern) => pattern !== apiRoutePatterns.photoFile)
        .map((pattern) => pattern.replace(/:(\w+)/g, '{$1}'));
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([...documented, '/api/session', '/api/me', '/api/people', '/api/live', '/api/notifications']),
      );
      for (const schema of ['Roundup', 'SaveRoundupChangesRequest', 'SaveReceipt', 'RoundupActionRequest', 'LockResponse', 'RoundupChange', 'Revisions', 'CommentThread']) {
        expect(document.components.schemas, schema).toHaveProperty(schema);
      }
    });
  });
}
