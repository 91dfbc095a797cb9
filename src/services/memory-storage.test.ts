import { defineStorageContract } from '../../tests/contract/storage-contract';
import { createMemoryStorage } from './memory-storage';

defineStorageContract('memory', async () => ({ ...createMemoryStorage(), close: async () => undefined }));
