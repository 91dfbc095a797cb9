import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../../src/contract/api-error';
import { apiRoutes } from '../../src/contract/routes';
import { setupPath } from '../../src/contract/setup-endpoints';
import { sessionResponseSchema } from '../../src/contract/user-endpoints';
import type { ContractBackend } from './roundup-api-contract';
import { anonymousClient, sessionCookieFrom, signInAs } from './signed-in-client';

/** A backend started with no account and no demo data, and the one-time token it printed. */
export interface FirstRunBackend extends ContractBackend {
  setupToken: string;
}

/** The first-run path: POST /api/setup creates the first admin once, with the printed token only. */
export function defineSetupContract(backendName: string, setup: () => Promise<FirstRunBackend>): void {
  describe(`first-run setup contract: ${backendName}`, () => {
    let backend: FirstRunBackend;
    beforeAll(async () => {
      backend = await setup();
    });
    afterAll(async () => {
      await backend.teardown();
    });

    const admin = { name: '첫 관리자', email: 'Chief@Newsroom.test', password: 'a long first password' };

    function post(body: unknown): Promise<Response> {
      return anonymousClient(backend).call(setupPath, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    }

    async function codeOf(response: Response): Promise<string> {
      return apiErrorBodySchema.parse(await response.json()).error.code;
    }

    it('refuses a wrong token with 403 invalid_setup_token, and a malformed request with 400', async () => {
      const wrong = await post({ ...admin, token: `${backend.setupToken}x` });
      expect(wrong.status).toBe(403);
      expect(await codeOf(wrong)).toBe('invalid_setup_token');

      const noToken = await post(admin);
      expect(noToken.status).toBe(400);
      expect(await codeOf(noToken)).toBe('validation_failed');

      const shortPassword = await post({ ...admin, token: backend.setupToken, password: 'short' });
      expect(shortPassword.status).toBe(400);
      expect(await codeOf(shortPassword)).toBe('weak_password');
      const demoPassword = await post({ ...admin, token: backend.setupToken, password: 'bureau-demo' });
      expect(demoPassword.status).toBe(400);
      expect(await codeOf(demoPassword)).toBe('weak_password');
    });

    it('creates the first admin with the token and signs them in', async () => {
      const created = await post({ ...admin, token: backend.setupToken });
      expect(created.status).toBe(201);
      expect(sessionResponseSchema.parse(await created.json()).user).toMatchObject({
        name: admin.name,
        email: 'chief@newsroom.test',
        role: 'admin',
      });
      const cookie = sessionCookieFrom(created);
      expect(cookie).not.toBeNull();
      const me = await backend.fetch(new URL(apiRoutes.me, backend.baseUrl), { headers: { Cookie: cookie ?? '' } });
      expect(sessionResponseSchema.parse(await me.json()).user.role).toBe('admin');
    });

    it('answers 409 already_set_up afterwards, with the token or without', async () => {
      for (const token of [backend.setupToken, 'anything']) {
        const again = await post({ ...admin, email: 'second@newsroom.test', token });
        expect(again.status).toBe(409);
        expect(await codeOf(again)).toBe('already_set_up');
      }
    });

    it('lets the new admin sign in with the password they chose', async () => {
      const client = await signInAs(backend, 'chief@newsroom.test', admin.password);
      expect(client.user?.role).toBe('admin');
    });
  });
}
