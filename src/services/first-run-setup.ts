import { fieldIssuesFromZodError } from '../contract/field-issues-from-zod';
import { setupRequestSchema, type SetupRequest } from '../contract/setup-endpoints';
import type { User } from '../contract/user-endpoints';
import { constantTimeEqual } from './constant-time-equal';
import type { PasswordHasher } from './password-hasher';
import { assertStrongPassword } from './password-rules';
import { ServiceError, validationFailed } from './service-error';
import type { UserStorage } from './user-storage';

export interface FirstRunSetupOptions {
  storage: UserStorage;
  hasher: PasswordHasher;
  clock: () => Date;
  generateId: () => string;
  /**
   * The one-time token the server printed in its setup link (it makes one when it starts with no account and no demo
   * data); null where there is none, which closes the path.
   */
  token: string | null;
}

export interface FirstRunSetup {
  /**
   * Creates the first admin: only with the token (403 `invalid_setup_token`), only while no admin exists (409
   * `already_set_up`, also for every later call: the token is spent).
   */
  createFirstAdmin(request: SetupRequest): Promise<User>;
}

const encoder = new TextEncoder();

function alreadySetUp(): ServiceError {
  return new ServiceError('already_set_up', 'this server has an admin already: sign in, or ask an admin for an account');
}

/** The first-run path of a server without demo data: a printed link that creates the first admin, once. */
export function createFirstRunSetup(options: FirstRunSetupOptions): FirstRunSetup {
  const { storage, hasher, clock, generateId } = options;
  let token = options.token === null ? null : encoder.encode(options.token);
  // Taken before the first await, so two requests sent together cannot both create an admin.
  let busy = false;

  return {
    async createFirstAdmin(request) {
      const parsed = setupRequestSchema.safeParse(request);
      if (!parsed.success) throw validationFailed(fieldIssuesFromZodError(parsed.error));
      assertStrongPassword(parsed.data.password, parsed.data.email);
      if ((await storage.list()).some((user) => user.role === 'admin')) {
        token = null;
        throw alreadySetUp();
      }
      if (token === null || !constantTimeEqual(encoder.encode(parsed.data.token), token)) {
        throw new ServiceError('invalid_setup_token', 'the setup link is not valid: use the link the server printed when it started');
      }
      // A second request with the token while the first is creating the admin: to it, the server is set up.
      if (busy) throw alreadySetUp();
      busy = true;
      try {
        const id = generateId();
        const inserted = await storage.insert({
          id,
          email: parsed.data.email,
          name: parsed.data.name,
          role: 'admin',
          passwordHash: await hasher.hash(parsed.data.password),
          createdAt: clock().toISOString(),
        });
        if (!inserted) throw validationFailed([{ path: 'email', message: 'an account with this email exists already' }]);
        token = null;
        return { id, email: parsed.data.email, name: parsed.data.name, role: 'admin' };
      } finally {
        busy = false;
      }
    },
  };
}
