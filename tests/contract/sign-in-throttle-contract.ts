import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../../src/contract/api-error';
import { apiRoutes } from '../../src/contract/routes';
import { demoPassword } from '../../src/services/demo-accounts';
import type { ContractBackend } from './roundup-api-contract';
import { anonymousClient, signInAs } from './signed-in-client';

/** Failed sign-ins are limited per account and address, the same on every backend (one client address here). */
export function defineSignInThrottleContract(backendName: string, setup: () => Promise<ContractBackend>): void {
  // Every try that is not refused costs a real password check (about half a second of scrypt on a busy server).
  describe(`sign-in throttle contract: ${backendName}`, { timeout: 30_000 }, () => {
    let backend: ContractBackend;
    beforeAll(async () => {
      backend = await setup();
    });
    afterAll(async () => {
      await backend.teardown();
    });

    function signIn(email: string, password: string): Promise<Response> {
      return anonymousClient(backend).call(apiRoutes.session, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
    }

    async function statuses(email: string, passwords: string[]): Promise<number[]> {
      const answers: number[] = [];
      for (const password of passwords) answers.push((await signIn(email, password)).status);
      return answers;
    }

    it('answers 429 too_many_attempts with Retry-After after five wrong passwords, and refuses the right one too', async () => {
      expect(await statuses('designer@bureau.test', ['wrong-1', 'wrong-2', 'wrong-3', 'wrong-4', 'wrong-5'])).toEqual([401, 401, 401, 401, 401]);
      for (const password of ['wrong-6', demoPassword]) {
        const refused = await signIn('designer@bureau.test', password);
        expect(refused.status).toBe(429);
        const { error } = apiErrorBodySchema.parse(await refused.json());
        expect(error.code).toBe('too_many_attempts');
        const wait = error.details?.retryAfterSeconds;
        expect(wait).toBeGreaterThanOrEqual(1);
        expect(wait).toBeLessThanOrEqual(15);
        expect(refused.headers.get('Retry-After')).toBe(String(wait));
        expect(refused.headers.getSetCookie()).toEqual([]);
      }
    });

    it('treats an unknown email like a known one (the answer does not say which accounts exist)', async () => {
      expect(await statuses('nobody@bureau.test', ['a', 'b', 'c', 'd', 'e', 'f'])).toEqual([401, 401, 401, 401, 401, 429]);
    });

    it('still signs in other accounts from the same address while one is locked', async () => {
      const admin = await signInAs(backend, 'admin@bureau.test');
      expect((await admin.call(apiRoutes.me)).status).toBe(200);
    });

    it('forgets an account’s failures when it signs in', async () => {
      expect(await statuses('reporter@bureau.test', ['wrong-1', 'wrong-2', 'wrong-3', 'wrong-4', demoPassword])).toEqual([401, 401, 401, 401, 200]);
      expect(await statuses('reporter@bureau.test', ['wrong-1', 'wrong-2', 'wrong-3', 'wrong-4', 'wrong-5', demoPassword])).toEqual([
        401, 401, 401, 401, 401, 429,
      ]);
    });
  });
}
