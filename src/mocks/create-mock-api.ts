import type { Hono } from 'hono';
import type { ApiEnv } from '../api/api-env';
import { createApiApp } from '../api/create-api-app';
import type { SessionCookies } from '../api/session-cookies';
import { maxPhotoBytes as defaultMaxPhotoBytes } from '../contract/photo-endpoints';
import { createRandomId } from '../schema/random-id';
import { createAuthService } from '../services/auth-service';
import { createUserAdminService } from '../services/user-admin-service';
import { createFirstRunSetup } from '../services/first-run-setup';
import { sha256Hex } from '../services/sha256';
import { createInspectingPhotoProcessor } from '../services/inspecting-photo-processor';
import type { PasswordHasher } from '../services/password-hasher';
import type { PhotoStorage } from '../services/photo-storage';
import { createPhotoService } from '../services/photo-service';
import type { RoundupStorage } from '../services/roundup-storage';
import { createRoundupService } from '../services/roundup-service';
import { createCommentService } from '../services/comment-service';
import { createNotificationService } from '../services/notification-service';
import type { CommentStorage } from '../services/comment-storage';
import { createMemoryCommentStorage } from '../services/memory-comment-storage';
import type { UserStorage } from '../services/user-storage';
import type { ChangeFeed } from '../services/change-feed';
import { createEditLockService } from '../services/edit-lock-service';
import type { LockStorage } from '../services/lock-storage';
import { createMemoryLockStorage } from '../services/memory-lock-storage';

export interface MockApiOptions {
  storage: { roundups: RoundupStorage; photos: PhotoStorage; users: UserStorage; locks?: LockStorage; comments?: CommentStorage };
  hasher: PasswordHasher;
  clock?: () => Date;
  generateId?: () => string;
  maxPhotoBytes?: number;
  /** Where the session token is kept: Web Storage in the browser (see `storedSessionCookies`), cookies in tests. */
  sessionCookies?: SessionCookies;
  /** Told of every change, for the other tabs (see `createBroadcastChangeFeed`). */
  changes?: ChangeFeed;
  /** Opens the first-run path (POST /api/setup) with this token; the demo seeds an admin and never needs it. */
  setupToken?: string;
}

/** 32 random bytes, base64url: the session token. */
export function createSessionToken(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The API app over browser-side services: what the Node server serves, with IndexedDB (or memory) underneath. */
export function createMockApi(options: MockApiOptions): Hono<ApiEnv> {
  const clock = options.clock ?? (() => new Date());
  const generateId = options.generateId ?? createRandomId;
  const maxBytes = options.maxPhotoBytes ?? defaultMaxPhotoBytes;
  const changes = options.changes === undefined ? {} : { changes: options.changes };
  const roundups = createRoundupService({ storage: options.storage.roundups, clock, generateId, ...changes });
  const comments = options.storage.comments ?? createMemoryCommentStorage();
  // Web Crypto's digest is asynchronous only: the pure-JS SHA-256 keeps session lookups as they are.
  const auth = createAuthService({ storage: options.storage.users, hasher: options.hasher, clock, generateToken: createSessionToken, hashText: sha256Hex });
  return createApiApp({
    roundups,
    comments: createCommentService({ storage: comments, roundups, people: () => auth.people(), clock, generateId, ...changes }),
    notifications: createNotificationService({ roundups: options.storage.roundups, comments }),
    locks: createEditLockService({
      storage: options.storage.locks ?? createMemoryLockStorage(),
      loadRoundup: (actor, id) => roundups.get(actor, id),
      clock,
      ...changes,
    }),
    photos: createPhotoService({
      storage: options.storage.photos,
      processor: createInspectingPhotoProcessor(),
      clock,
      generateId,
      maxBytes,
    }),
    auth,
    accounts: createUserAdminService({ storage: options.storage.users, hasher: options.hasher, clock, generateId }),
    setup: createFirstRunSetup({ storage: options.storage.users, hasher: options.hasher, clock, generateId, token: options.setupToken ?? null }),
    // One browser is one client: the throttle then counts per account, as the server does per account and address.
    clientAddress: () => 'browser',
    maxPhotoBytes: maxBytes,
    secureCookies: false,
    ...(options.sessionCookies === undefined ? {} : { sessionCookies: options.sessionCookies }),
    describeBackend: async () => ({ backend: 'mock', storage: 'indexeddb' }),
  });
}
