import { defineCommentStorageContract } from '../../tests/contract/comment-storage-contract';
import { definePhotoStorageContract } from '../../tests/contract/photo-storage-contract';
import { defineStorageContract } from '../../tests/contract/storage-contract';
import { defineUserStorageContract } from '../../tests/contract/user-storage-contract';
import { createMemoryStorage } from './memory-storage';

const open = async () => ({ ...createMemoryStorage(), close: async () => undefined });

defineStorageContract('memory', open);
definePhotoStorageContract('memory', open);
defineUserStorageContract('memory', open);
defineCommentStorageContract('memory', open);
