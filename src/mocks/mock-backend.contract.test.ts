import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { setupServer } from 'msw/node';
import { createRandomId } from '../schema/random-id';
import { defineAuthorizationContract } from '../../tests/contract/authorization-contract';
import { defineRoundupApiContract, type ContractBackend } from '../../tests/contract/roundup-api-contract';
import { defineSessionContract } from '../../tests/contract/session-contract';
import { defineAccountContract } from '../../tests/contract/account-contract';
import { defineWorkflowContract } from '../../tests/contract/workflow-contract';
import { defineLockContract } from '../../tests/contract/lock-contract';
import { defineRevisionContract } from '../../tests/contract/revision-contract';
import { defineCommentContract } from '../../tests/contract/comment-contract';
import { defineExchangeContract } from '../../tests/contract/exchange-contract';
import { defineRequestGuardContract } from '../../tests/contract/request-guard-contract';
import { defineLinkAttributesContract } from '../../tests/contract/link-attributes-contract';
import { createMockApi } from './create-mock-api';
import { createMockHandlers } from './handlers';
import { openIndexedDbStorage } from './indexeddb-storage';
import { createPbkdf2PasswordHasher } from './pbkdf2-password-hasher';
import { seedDemoData } from '../services/seed-demo-data';

/** The browser mock as the app uses it (API app → services → IndexedDB), reached over MSW like a page would. */
async function startMockBackend(): Promise<ContractBackend> {
  const baseUrl = 'http://localhost';
  const storage = await openIndexedDbStorage({ databaseName: `bureau-contract-${createRandomId()}` });
  const clock = () => new Date();
  const hasher = createPbkdf2PasswordHasher({ iterations: 1000 });
  await seedDemoData(storage, {
    clock,
    hasher,
    loadDemoPhoto: async (id) => new Uint8Array(await readFile(new URL(`../../public/demo/${id}.png`, import.meta.url))),
  });
  const server = setupServer(...createMockHandlers({ app: createMockApi({ storage, hasher, clock }), baseUrl }));
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

defineRoundupApiContract('mock (MSW + IndexedDB)', startMockBackend);
defineSessionContract('mock (MSW + IndexedDB)', startMockBackend);
defineAccountContract('mock (MSW + IndexedDB)', startMockBackend, { liveStream: false });
defineAuthorizationContract('mock (MSW + IndexedDB)', startMockBackend);
defineWorkflowContract('mock (MSW + IndexedDB)', startMockBackend);
defineLockContract('mock (MSW + IndexedDB)', startMockBackend);
defineRevisionContract('mock (MSW + IndexedDB)', startMockBackend);
defineCommentContract('mock (MSW + IndexedDB)', startMockBackend);
defineExchangeContract('mock (MSW + IndexedDB)', startMockBackend);
defineRequestGuardContract('mock (MSW + IndexedDB)', startMockBackend);
defineLinkAttributesContract('mock (MSW + IndexedDB)', startMockBackend);
