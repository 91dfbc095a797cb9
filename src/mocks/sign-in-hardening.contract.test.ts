import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { setupServer } from 'msw/node';
import { createRandomId } from '../schema/random-id';
import { seedDemoData } from '../services/seed-demo-data';
import type { ContractBackend } from '../../tests/contract/roundup-api-contract';
import { defineSetupContract, type FirstRunBackend } from '../../tests/contract/setup-contract';
import { defineSignInThrottleContract } from '../../tests/contract/sign-in-throttle-contract';
import { createMockApi } from './create-mock-api';
import { createMockHandlers } from './handlers';
import { openIndexedDbStorage } from './indexeddb-storage';
import { createPbkdf2PasswordHasher } from './pbkdf2-password-hasher';

const baseUrl = 'http://localhost';

/** The browser mock (API app → services → IndexedDB) over MSW, with the demo data or, with a setup token, without. */
async function startMock(options: { setupToken?: string }): Promise<ContractBackend> {
  const storage = await openIndexedDbStorage({ databaseName: `bureau-contract-${createRandomId()}` });
  const clock = () => new Date();
  const hasher = createPbkdf2PasswordHasher({ iterations: 1000 });
  if (options.setupToken === undefined) {
    await seedDemoData(storage, {
      clock,
      hasher,
      loadDemoPhoto: async (id) => new Uint8Array(await readFile(new URL(`../../public/demo/${id}.png`, import.meta.url))),
    });
  }
  const server = setupServer(...createMockHandlers({ app: createMockApi({ storage, hasher, clock, ...options }), baseUrl }));
  server.listen({ onUnhandledRequest: 'error' });
  return {
    baseUrl,
    fetch: (input, init) => globalThis.fetch(input, init),
    async teardown() {
      server.close();
      storage.close();
    },
  };
}

async function startFirstRunMock(): Promise<FirstRunBackend> {
  const setupToken = createRandomId();
  return { ...(await startMock({ setupToken })), setupToken };
}

defineSignInThrottleContract('mock (MSW + IndexedDB)', () => startMock({}));
defineSetupContract('mock (MSW + IndexedDB)', startFirstRunMock);
