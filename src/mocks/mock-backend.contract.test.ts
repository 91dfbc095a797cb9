import 'fake-indexeddb/auto';
import { setupServer } from 'msw/node';
import { maxPhotoBytes } from '../contract/photo-endpoints';
import { createPhotoService } from '../services/photo-service';
import { createRoundupService } from '../services/roundup-service';
import { defineRoundupApiContract } from '../../tests/contract/roundup-api-contract';
import { createMockHandlers } from './handlers';
import { openIndexedDbStorage } from './indexeddb-storage';
import { createRandomId } from '@/schema/random-id';

defineRoundupApiContract('mock (MSW + IndexedDB)', async () => {
  const baseUrl = 'http://localhost';
  const storage = await openIndexedDbStorage({ databaseName: `bureau-contract-${createRandomId()}` });
  const clock = () => new Date();
  const server = setupServer(
    ...createMockHandlers({
      roundups: createRoundupService({ storage: storage.roundups, clock, generateId: createRandomId }),
      photos: createPhotoService({ storage: storage.photos, clock, generateId: createRandomId, maxBytes: maxPhotoBytes }),
      baseUrl,
    }),
  );
  server.listen({ onUnhandledRequest: 'error' });
  return {
    baseUrl,
    fetch: (input, init) => globalThis.fetch(input, init),
    async teardown() {
      server.close();
      storage.close();
    },
  };
});
