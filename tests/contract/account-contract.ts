import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountListResponseSchema,
  accountSchema,
  accountWithPasswordResponseSchema,
  minPasswordLength,
  type Account,
} from '../../src/contract/account-endpoints';
import { apiErrorBodySchema } from '../../src/contract/api-error';
import { apiRoutes } from '../../src/contract/routes';
import { sessionResponseSchema, type UserRole } from '../../src/contract/user-endpoints';
import type { ContractBackend } from './roundup-api-contract';
import { anonymousClient, signInAs, type Client } from './signed-in-client';

export interface AccountContractOptions {
  /** The backend streams `/api/live` (the server does; the mock tells other tabs over a BroadcastChannel instead). */
  liveStream: boolean;
}

const json = { 'Content-Type': 'application/json' };

/** Account management by admins and "change my password" for everyone, the same on every backend. */
export function defineAccountContract(backendName: string, setup: () => Promise<ContractBackend>, options: AccountContractOptions): void {
  // Each sign-in and password change is a real scrypt hash on the server (a quarter second or so).
  describe(`account management contract: ${backendName}`, { timeout: 30_000 }, () => {
    let backend: ContractBackend;
    let admin: Client;
    let made = 0;

    beforeAll(async () => {
      backend = await setup();
      admin = await signInAs(backend, 'admin@bureau.test');
    });
    afterAll(async () => {
      await backend.teardown();
    });

    async function errorOf(response: Response): Promise<{ status: number; code: string; reason: string | undefined }> {
      const body = apiErrorBodySchema.parse(await response.json());
      return { status: response.status, code: body.error.code, reason: body.error.details?.reason };
    }

    function freshEmail(): string {
      made += 1;
      return `new-${made}-${Math.random().toString(36).slice(2, 8)}@bureau.test`;
    }

    function post(client: Client, path: string, body: unknown): Promise<Response> {
      return client.call(path, { method: 'POST', headers: json, body: JSON.stringify(body) });
    }

    function patch(client: Client, id: string, body: unknown): Promise<Response> {
      return client.call(apiRoutes.user(id), { method: 'PATCH', headers: json, body: JSON.stringify(body) });
    }

    async function createAccount(role: UserRole, password = 'a long enough password'): Promise<{ account: Account; email: string; password: string }> {
      const email = freshEmail();
      const response = await post(admin, apiRoutes.users, { name: '새 기자', email, role, password });
      expect(response.status).toBe(201);
      const { account, temporaryPassword } = accountWithPasswordResponseSchema.parse(await response.json());
      expect(temporaryPassword).toBeUndefined();
      return { account, email, password };
    }

    async function me(client: Client): Promise<Response> {
      return client.call(apiRoutes.me);
    }

    // First, while the demo admin is the only admin.
    it('refuses to let the last active admin step down or be deactivated', async () => {
      const self = admin.user!.id;
      expect(await errorOf(await patch(admin, self, { role: 'desk' }))).toMatchObject({ status: 409, code: 'last_admin' });
      expect(await errorOf(await patch(admin, self, { active: false }))).toMatchObject({ status: 409, code: 'last_admin' });
      expect((await me(admin)).status).toBe(200);
      const { user } = sessionResponseSchema.parse(await (await me(admin)).json());
      expect(user.role).toBe('admin');

      const second = await createAccount('admin');
      const secondAdmin = await signInAs(backend, second.email, second.password);
      const steppedDown = await patch(secondAdmin, second.account.id, { role: 'desk' });
      expect(steppedDown.status).toBe(200);
      expect(accountSchema.parse(await steppedDown.json()).role).toBe('desk');
    });

    it('lets only admins manage accounts: 401 without a session, 403 for every other role', async () => {
      expect((await anonymousClient(backend).call(apiRoutes.users)).status).toBe(401);
      for (const role of ['reporter', 'desk', 'designer'] as const) {
        const client = await signInAs(backend, `${role}@bureau.test`);
        expect(await errorOf(await client.call(apiRoutes.users))).toMatchObject({ status: 403, code: 'forbidden' });
        const create = await post(client, apiRoutes.users, { name: 'x', email: freshEmail(), role: 'admin', password: 'a long enough password' });
        expect(await errorOf(create)).toMatchObject({ status: 403, code: 'forbidden' });
        expect(await errorOf(await patch(client, client.user!.id, { role: 'admin' }))).toMatchObject({ status: 403, code: 'forbidden' });
        const reset = await post(client, apiRoutes.userPassword('u-admin'), { password: 'a long enough password' });
        expect(await errorOf(reset)).toMatchObject({ status: 403, code: 'forbidden' });
        expect(sessionResponseSchema.parse(await (await me(client)).json()).user.role).toBe(role);
      }
    });

    it('lists every account with its role, whether it is active and when it last signed in, and never a password', async () => {
      const response = await admin.call(apiRoutes.users);
      expect(response.status).toBe(200);
      const body: unknown = await response.json();
      expect(JSON.stringify(body)).not.toMatch(/passwordHash|password_hash|scrypt|pbkdf2/);
      const { items } = accountListResponseSchema.parse(body);
      const demoAdmin = items.find((account) => account.email === 'admin@bureau.test');
      expect(demoAdmin).toMatchObject({ role: 'admin', active: true, deactivatedAt: null });
      expect(Date.parse(demoAdmin?.lastSignedInAt ?? '')).not.toBeNaN();
      expect(items.map((account) => account.email)).toEqual(expect.arrayContaining(['reporter@bureau.test', 'desk@bureau.test']));
    });

    it('creates an account that signs in at once in its role', async () => {
      const created = await createAccount('reporter');
      expect(created.account).toMatchObject({ name: '새 기자', email: created.email, role: 'reporter', active: true, lastSignedInAt: null });
      const reporter = await signInAs(backend, created.email.toUpperCase(), created.password);
      expect(reporter.user).toMatchObject({ id: created.account.id, role: 'reporter' });
      const listed = accountListResponseSchema.parse(await (await admin.call(apiRoutes.users)).json()).items;
      expect(listed.find((account) => account.id === created.account.id)?.lastSignedInAt).not.toBeNull();
    });

    it('makes a temporary password when none is given, answers it once, and it works', async () => {
      const email = freshEmail();
      const response = await post(admin, apiRoutes.users, { name: '임시 기자', email, role: 'designer' });
      expect(response.status).toBe(201);
      const { account, temporaryPassword } = accountWithPasswordResponseSchema.parse(await response.json());
      expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
      const designer = await signInAs(backend, email, temporaryPassword);
      expect(designer.user?.id).toBe(account.id);
      const listed = await (await admin.call(apiRoutes.users)).text();
      expect(listed).not.toContain(temporaryPassword!);
    });

    it('refuses an email that is taken in any case, and weak passwords, with stable codes', async () => {
      const taken = await post(admin, apiRoutes.users, { name: '중복', email: 'Reporter@Bureau.TEST', role: 'reporter', password: 'a long enough password' });
      expect(await errorOf(taken)).toMatchObject({ status: 409, code: 'email_taken' });
      const email = freshEmail();
      const cases = [
        ['x'.repeat(minPasswordLength - 1), 'too_short'],
        [email.toUpperCase(), 'same_as_email'],
        [email.split('@')[0]!, 'same_as_email'],
        ['bureau-demo', 'published'],
      ] as const;
      for (const [password, reason] of cases) {
        const refused = await post(admin, apiRoutes.users, { name: '약한 비밀번호', email, role: 'reporter', password });
        expect(await errorOf(refused), password).toEqual({ status: 400, code: 'weak_password', reason });
      }
      const malformed = await post(admin, apiRoutes.users, { name: '', email: 'not an address', role: 'editor' });
      expect(await errorOf(malformed)).toMatchObject({ status: 400, code: 'validation_failed' });
      const listed = accountListResponseSchema.parse(await (await admin.call(apiRoutes.users)).json()).items;
      expect(listed.filter((account) => account.email === email)).toEqual([]);
    });

    it('changes a role, which the next request of that user already has', async () => {
      const created = await createAccount('reporter');
      const client = await signInAs(backend, created.email, created.password);
      const changed = await patch(admin, created.account.id, { role: 'desk', name: '승진한 기자' });
      expect(changed.status).toBe(200);
      expect(accountSchema.parse(await changed.json())).toMatchObject({ role: 'desk', name: '승진한 기자' });
      expect(sessionResponseSchema.parse(await (await me(client)).json()).user).toMatchObject({ role: 'desk', name: '승진한 기자' });
    });

    it('ends every session of a deactivated account at once; it cannot sign in until reactivated', async () => {
      const created = await createAccount('reporter');
      const laptop = await signInAs(backend, created.email, created.password);
      const phone = await signInAs(backend, created.email, created.password);
      const deactivated = await patch(admin, created.account.id, { active: false });
      expect(deactivated.status).toBe(200);
      const account = accountSchema.parse(await deactivated.json());
      expect(account.active).toBe(false);
      expect(Date.parse(account.deactivatedAt ?? '')).not.toBeNaN();
      for (const client of [laptop, phone]) {
        expect(await errorOf(await me(client))).toMatchObject({ status: 401, code: 'unauthenticated' });
        expect((await client.call(apiRoutes.roundups)).status).toBe(401);
      }
      const signIn = await post(anonymousClient(backend), apiRoutes.session, { email: created.email, password: created.password });
      expect(await errorOf(signIn)).toMatchObject({ status: 403, code: 'account_deactivated' });
      const wrong = await post(anonymousClient(backend), apiRoutes.session, { email: created.email, password: 'not the password at all' });
      expect(await errorOf(wrong)).toMatchObject({ status: 401, code: 'unauthenticated' });

      const reactivated = await patch(admin, created.account.id, { active: true });
      expect(accountSchema.parse(await reactivated.json())).toMatchObject({ active: true, deactivatedAt: null });
      expect((await me(await signInAs(backend, created.email, created.password))).status).toBe(200);
    });

    it.runIf(options.liveStream)('closes the open live stream of an account when it is deactivated', async () => {
      const created = await createAccount('desk');
      const client = await signInAs(backend, created.email, created.password);
      const live = await client.call(apiRoutes.live, { headers: { Accept: 'text/event-stream' } });
      expect(live.status).toBe(200);
      const reader = live.body!.getReader();
      const decoder = new TextDecoder();
      let received = '';
      while (!received.includes('event: ready')) received += decoder.decode((await reader.read()).value);
      await patch(admin, created.account.id, { active: false });
      for (;;) {
        const { done } = await reader.read();
        if (done) break;
      }
    });

    it('resets a password: the new one works, the old one and every session of the account end', async () => {
      const created = await createAccount('reporter');
      const client = await signInAs(backend, created.email, created.password);
      const reset = await post(admin, apiRoutes.userPassword(created.account.id), {});
      expect(reset.status).toBe(200);
      const { account, temporaryPassword } = accountWithPasswordResponseSchema.parse(await reset.json());
      expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
      expect(Date.parse(account.passwordChangedAt ?? '')).not.toBeNaN();
      expect((await me(client)).status).toBe(401);
      expect((await post(anonymousClient(backend), apiRoutes.session, { email: created.email, password: created.password })).status).toBe(401);
      expect((await me(await signInAs(backend, created.email, temporaryPassword))).status).toBe(200);

      const chosen = await post(admin, apiRoutes.userPassword(created.account.id), { password: 'chosen by the admin' });
      expect(accountWithPasswordResponseSchema.parse(await chosen.json()).temporaryPassword).toBeUndefined();
      await signInAs(backend, created.email, 'chosen by the admin');
      expect(await errorOf(await post(admin, apiRoutes.userPassword(created.account.id), { password: 'short' }))).toMatchObject({
        code: 'weak_password',
        reason: 'too_short',
      });
    });

    it('changes my own password: this session stays, my other sessions end, and the old password is gone', async () => {
      const created = await createAccount('designer');
      const here = await signInAs(backend, created.email, created.password);
      const elsewhere = await signInAs(backend, created.email, created.password);
      const change = (currentPassword: string, newPassword: string) => post(here, apiRoutes.myPassword, { currentPassword, newPassword });

      expect(await errorOf(await change('not my password', 'a brand new password'))).toMatchObject({ status: 403, code: 'wrong_password' });
      expect(await errorOf(await change(created.password, 'short'))).toMatchObject({ status: 400, code: 'weak_password', reason: 'too_short' });
      expect(await errorOf(await change(created.password, created.password))).toMatchObject({ code: 'weak_password', reason: 'unchanged' });
      expect((await me(elsewhere)).status).toBe(200);

      expect((await change(created.password, 'a brand new password')).status).toBe(204);
      expect((await me(here)).status).toBe(200);
      expect((await me(elsewhere)).status).toBe(401);
      expect((await post(anonymousClient(backend), apiRoutes.session, { email: created.email, password: created.password })).status).toBe(401);
      await signInAs(backend, created.email, 'a brand new password');
      const listed = accountListResponseSchema.parse(await (await admin.call(apiRoutes.users)).json()).items;
      expect(Date.parse(listed.find((each) => each.id === created.account.id)?.passwordChangedAt ?? '')).not.toBeNaN();
    });

    it('limits wrong current passwords when changing my own: then 429, the right one included, with Retry-After', async () => {
      const created = await createAccount('reporter');
      const here = await signInAs(backend, created.email, created.password);
      const change = (currentPassword: string) => post(here, apiRoutes.myPassword, { currentPassword, newPassword: 'a brand new password' });
      for (let guess = 1; guess <= 5; guess += 1) {
        expect(await errorOf(await change(`guess number ${guess}`))).toMatchObject({ status: 403, code: 'wrong_password' });
      }
      const refused = await change(created.password);
      expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/);
      expect(await errorOf(refused)).toMatchObject({ status: 429, code: 'too_many_attempts' });
      expect((await me(here)).status).toBe(200);
      await signInAs(backend, created.email, created.password);
    });

    it('answers 404 for an unknown account and 400 for an empty or unknown change', async () => {
      expect(await errorOf(await patch(admin, 'u-nobody', { role: 'desk' }))).toMatchObject({ status: 404, code: 'not_found' });
      expect(await errorOf(await post(admin, apiRoutes.userPassword('u-nobody'), {}))).toMatchObject({ status: 404, code: 'not_found' });
      expect(await errorOf(await patch(admin, 'u-reporter', {}))).toMatchObject({ status: 400, code: 'validation_failed' });
      expect(await errorOf(await patch(admin, 'u-reporter', { email: 'x@bureau.test' }))).toMatchObject({ status: 400, code: 'validation_failed' });
      expect(await errorOf(await patch(admin, 'u-reporter', { role: 'owner' }))).toMatchObject({ status: 400, code: 'validation_failed' });
    });
  });
}
