import {
  changeOwnPasswordRequestSchema,
  createAccountRequestSchema,
  resetPasswordRequestSchema,
  updateAccountRequestSchema,
  type Account,
  type AccountListResponse,
  type AccountWithPasswordResponse,
  type ChangeOwnPasswordRequest,
  type CreateAccountRequest,
  type ResetPasswordRequest,
  type UpdateAccountRequest,
} from '../contract/account-endpoints';
import { fieldIssuesFromZodError } from '../contract/field-issues-from-zod';
import type { Actor } from './actor';
import type { PasswordHasher } from './password-hasher';
import { assertStrongPassword, weakPassword } from './password-rules';
import { assertMayManageAccounts } from './permissions';
import { ServiceError, tooManyAttempts, validationFailed } from './service-error';
import { createSignInThrottle, type SignInThrottle } from './sign-in-throttle';
import { sha256Hex } from './sha256';
import type { StoredUser } from './stored-user';
import { createTemporaryPassword } from './temporary-password';
import type { UserStorage } from './user-storage';
import type { z } from 'zod/mini';

export interface UserAdminServiceOptions {
  storage: UserStorage;
  hasher: PasswordHasher;
  clock: () => Date;
  generateId: () => string;
  generateTemporaryPassword?: () => string;
  /** How session tokens are hashed for storage (the auth service's way: SHA-256, hex). */
  hashToken?: (token: string) => string;
  /**
   * Wrong current passwords given to "change my password", per account: without a limit, a session left open on a
   * shared computer would be a way to guess the password at scrypt's cost to the server (default: the sign-in limits).
   */
  passwordCheckThrottle?: SignInThrottle;
}

/** What the throttle counts "change my password" tries under: every try of an account, from wherever, together. */
const ownPasswordAddress = 'change-own-password';

/** Told when every session of a user ended (deactivated), so that open live streams of theirs can close at once. */
export type SessionsEndedListener = (userId: string) => void;

export interface UserAdminService {
  list(actor: Actor): Promise<AccountListResponse>;
  create(actor: Actor, request: CreateAccountRequest): Promise<AccountWithPasswordResponse>;
  update(actor: Actor, id: string, request: UpdateAccountRequest): Promise<Account>;
  /** Sets a password (or makes a temporary one) and ends every session of that account. */
  resetPassword(actor: Actor, id: string, request: ResetPasswordRequest): Promise<AccountWithPasswordResponse>;
  /** The actor's own password; every other session of theirs ends, the one with `sessionToken` stays. */
  changeOwnPassword(actor: Actor, sessionToken: string | undefined, request: ChangeOwnPasswordRequest): Promise<void>;
  onSessionsEnded(listener: SessionsEndedListener): () => void;
}

export function toAccount(user: StoredUser): Account {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    active: user.active,
    createdAt: user.createdAt,
    deactivatedAt: user.deactivatedAt,
    lastSignedInAt: user.lastSignedInAt,
    passwordChangedAt: user.passwordChangedAt,
  };
}

function parse<Schema extends z.ZodMiniType>(schema: Schema, value: unknown): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(fieldIssuesFromZodError(result.error));
  return result.data;
}

function accountNotFound(id: string): ServiceError {
  return new ServiceError('not_found', `account "${id}" does not exist`);
}

/**
 * Account management for admins, and "change my password" for everyone. Only admins manage accounts; the last
 * active admin can be neither demoted nor deactivated (the storage checks it in the transaction that writes);
 * emails are unique whatever their case; a deactivated account loses its sessions at once.
 */
export function createUserAdminService(options: UserAdminServiceOptions): UserAdminService {
  const { storage, hasher, clock, generateId } = options;
  const generateTemporaryPassword = options.generateTemporaryPassword ?? createTemporaryPassword;
  const hashToken = options.hashToken ?? sha256Hex;
  const passwordCheckThrottle = options.passwordCheckThrottle ?? createSignInThrottle({ clock });
  const listeners = new Set<SessionsEndedListener>();

  function sessionsEnded(userId: string): void {
    for (const listener of listeners) listener(userId);
  }

  async function chosenOrTemporary(password: string | undefined, email: string): Promise<{ hash: string; temporary?: string }> {
    if (password !== undefined) {
      assertStrongPassword(password, email);
      return { hash: await hasher.hash(password) };
    }
    const temporary = generateTemporaryPassword();
    return { hash: await hasher.hash(temporary), temporary };
  }

  return {
    async list(actor) {
      assertMayManageAccounts(actor);
      const users = await storage.list();
      return { items: users.map(toAccount) };
    },

    async create(actor, request) {
      assertMayManageAccounts(actor);
      const parsed = parse(createAccountRequestSchema, request);
      if ((await storage.findByEmail(parsed.email)) !== null) throw emailTaken(parsed.email);
      const password = await chosenOrTemporary(parsed.password, parsed.email);
      const user: StoredUser = {
        id: generateId(),
        email: parsed.email,
        name: parsed.name,
        role: parsed.role,
        passwordHash: password.hash,
        createdAt: clock().toISOString(),
        active: true,
        deactivatedAt: null,
        lastSignedInAt: null,
        passwordChangedAt: null,
      };
      // Checked again by the unique index: two admins creating the same address at once.
      if (!(await storage.insert(user))) throw emailTaken(parsed.email);
      return { account: toAccount(user), ...(password.temporary === undefined ? {} : { temporaryPassword: password.temporary }) };
    },

    async update(actor, id, request) {
      assertMayManageAccounts(actor);
      const parsed = parse(updateAccountRequestSchema, request);
      const result = await storage.update(id, { ...parsed, at: clock().toISOString() });
      if (result.outcome === 'not_found') throw accountNotFound(id);
      if (result.outcome === 'last_admin') {
        throw new ServiceError('last_admin', 'this is the last active admin: make another account admin first');
      }
      if (!result.user.active) sessionsEnded(id);
      return toAccount(result.user);
    },

    async resetPassword(actor, id, request) {
      assertMayManageAccounts(actor);
      const parsed = parse(resetPasswordRequestSchema, request);
      const user = await storage.get(id);
      if (user === null) throw accountNotFound(id);
      const password = await chosenOrTemporary(parsed.password, user.email);
      const changedAt = clock().toISOString();
      if (!(await storage.setPassword(id, password.hash, changedAt))) throw accountNotFound(id);
      await storage.deleteSessionsOf(id);
      sessionsEnded(id);
      return {
        account: toAccount({ ...user, passwordHash: password.hash, passwordChangedAt: changedAt }),
        ...(password.temporary === undefined ? {} : { temporaryPassword: password.temporary }),
      };
    },

    async changeOwnPassword(actor, sessionToken, request) {
      const parsed = parse(changeOwnPasswordRequestSchema, request);
      const user = await storage.get(actor.id);
      if (user === null) throw accountNotFound(actor.id);
      const attempt = passwordCheckThrottle.begin(user.id, ownPasswordAddress);
      if (!attempt.allowed) throw tooManyAttempts(attempt.retryAfterSeconds);
      if (!(await hasher.verify(parsed.currentPassword, user.passwordHash))) {
        throw new ServiceError('wrong_password', 'the current password is wrong');
      }
      attempt.succeeded();
      assertStrongPassword(parsed.newPassword, user.email);
      if (parsed.newPassword === parsed.currentPassword) {
        throw weakPassword('unchanged');
      }
      await storage.setPassword(user.id, await hasher.hash(parsed.newPassword), clock().toISOString());
      await storage.deleteSessionsOf(user.id, sessionToken === undefined ? undefined : hashToken(sessionToken));
    },

    onSessionsEnded(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function emailTaken(email: string): ServiceError {
  return new ServiceError('email_taken', `an account with the email ${email} already exists`);
}
