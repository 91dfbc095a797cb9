import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../../src/contract/api-error';
import { lockResponseSchema, type LockResponse } from '../../src/contract/lock-endpoints';
import { roundupResponseSchema } from '../../src/contract/roundup-endpoints';
import { apiRoutes } from '../../src/contract/routes';
import type { Roundup } from '../../src/schema/roundup';
import type { ContractBackend } from './roundup-api-contract';
import { signInAs, type Client } from './signed-in-client';

let tabs = 0;
const newTab = () => `tab-${Date.now().toString(36)}-${(tabs += 1)}`;

export function defineLockContract(backendName: string, setup: () => Promise<ContractBackend>): void {
  describe(`edit lock contract: ${backendName}`, () => {
    let backend: ContractBackend;
    let reporter: Client;
    let desk: Client;
    let designer: Client;

    beforeAll(async () => {
      backend = await setup();
      reporter = await signInAs(backend, 'reporter@bureau.test');
      desk = await signInAs(backend, 'desk@bureau.test');
      designer = await signInAs(backend, 'designer@bureau.test');
    });
    afterAll(async () => {
      await backend.teardown();
    });

    async function create(): Promise<Roundup> {
      const response = await reporter.call(apiRoutes.roundups, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      expect(response.status).toBe(201);
      return roundupResponseSchema.parse(await response.json());
    }

    function lock(client: Client, roundup: Roundup, lockId: string, path = apiRoutes.roundupLock(roundup.id), method = 'POST'): Promise<Response> {
      return client.call(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ lockId }) });
    }

    async function held(response: Response): Promise<LockResponse> {
      expect(response.status, await response.clone().text()).toBe(200);
      return lockResponseSchema.parse(await response.json());
    }

    it('gives the lock to one tab, renews it for that tab, and refuses others with 423 naming the holder', async () => {
      const roundup = await create();
      const mine = newTab();
      const first = await held(await lock(reporter, roundup, mine));
      expect(first).toMatchObject({ held: true, lock: { holder: { id: 'u-reporter', name: '신대희' }, lockId: mine, takeover: null } });
      const renewed = await held(await lock(reporter, roundup, mine));
      expect(renewed.lock.revision).toBe(first.lock.revision + 1);
      expect(Date.parse(renewed.lock.expiresAt)).toBeGreaterThan(Date.now());

      // The same reporter in a second tab is another editor.
      const refused = await lock(reporter, roundup, newTab());
      expect(refused.status).toBe(423);
      const { error } = apiErrorBodySchema.parse(await refused.json());
      expect(error.code).toBe('locked');
      expect(error.message).toMatch(/신대희/);
      expect(error.details?.lock).toMatchObject({ holder: { id: 'u-reporter' }, lockId: mine });
    });

    it('hands the lock over: the holder is told on its next heartbeat, lets go, and the other tab takes it', async () => {
      const roundup = await create();
      const holder = newTab();
      const taker = newTab();
      await held(await lock(reporter, roundup, holder));
      const asked = await held(await lock(desk, roundup, taker, apiRoutes.roundupLockTakeover(roundup.id)));
      expect(asked).toMatchObject({ held: false, lock: { lockId: holder, takeover: { by: { id: 'u-desk' }, lockId: taker } } });
      expect((await lock(desk, roundup, taker)).status).toBe(423);

      const heartbeat = await held(await lock(reporter, roundup, holder));
      expect(heartbeat.lock.takeover?.by.name).toBe('김데스크');
      const released = await lock(reporter, roundup, holder, apiRoutes.roundupLock(roundup.id), 'DELETE');
      expect(released.status).toBe(204);
      expect(await held(await lock(desk, roundup, taker))).toMatchObject({ held: true, lock: { holder: { id: 'u-desk' }, takeover: null } });
    });

    it('ignores a release by a tab that does not hold the lock', async () => {
      const roundup = await create();
      const holder = newTab();
      await held(await lock(reporter, roundup, holder));
      expect((await lock(desk, roundup, newTab(), apiRoutes.roundupLock(roundup.id), 'DELETE')).status).toBe(204);
      expect((await lock(desk, roundup, newTab())).status).toBe(423);
    });

    it('refuses the lock to whoever may not edit (403), an unknown roundup (404) and a malformed lock id (400)', async () => {
      const roundup = await create();
      expect((await lock(designer, roundup, newTab())).status).toBe(403);
      expect((await lock(reporter, { ...roundup, id: 'does-not-exist' }, newTab())).status).toBe(404);
      expect((await lock(reporter, roundup, 'x')).status).toBe(400);
    });
  });
}
