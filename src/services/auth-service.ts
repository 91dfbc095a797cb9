import { signInRequestSchema, type PeopleResponse, type SessionResponse, type SignInRequest, type User } from '../contract/user-endpoints';
import { fieldIssuesFromZodError } from '../contract/field-issues-from-zod';
import type { Actor } from './actor';
import type { PasswordHasher } from './password-hasher';
import { accountDeactivated } from './account-deactivated';
import { tooManyAttempts, unauthenticated, validationFailed } from './service-error';
import { sha256Hex } from './sha256';
import { createSignInThrottle, type SignInThrottle } from './sign-in-throttle';
import type { StoredSession, StoredUser } from './stored-user';
import type { UserStorage } from './user-storage';

export interface AuthServiceOptions {
  storage: UserStorage;
  hasher: PasswordHasher;
  clock: () => Date;
  /** 32 random bytes as text: the session token handed to the browser (only its hash is stored). */
  generateToken: () => string;
  /** A session ends this long after its last use (default 12 hours: one newsroom shift and then some). */
  sessionIdleMs?: number;
  /** Hashes session tokens for storage: SHA-256 as hex (the server passes node:crypto's; default the pure-JS one). */
  hashText?: (text: string) => string;
  /** Failed sign-ins per account and client address (default: `createSignInThrottle` with its defaults). */
  throttle?: SignInThrottle;
}

/** Who is signing in, as far as the transport knows: what the sign-in throttle counts per address. */
export interface SignInClient {
  /** The client's IP address (the server's socket, or a proxy's header when trusted); the mock passes a fixed name. */
  address: string;
}

export interface SignedIn extends SessionResponse {
  /** Goes into the cookie; never stored. */
  token: string;
}

export interface Authenticated {
  actor: Actor;
  session: SessionResponse;
}

export interface AuthService {
  /** Refused with `too_many_attempts` (429) while the account or the address has failed too often; see the throttle. */
  signIn(request: SignInRequest, client?: SignInClient): Promise<SignedIn>;
  signOut(token: string): Promise<void>;
  /** The session's user when the token is valid and unexpired, else null. Extends a session past half its life. */
  authenticate(token: string | undefined): Promise<Authenticated | null>;
  /** Like `authenticate`, but a missing or dead session is a 401. */
  require(token: string | undefined): Promise<Authenticated>;
  /** Everyone with an account, by name (no emails): for the desk's filters and for mentions. */
  people(): Promise<PeopleResponse>;
}

const defaultSessionIdleMs = 12 * 60 * 60 * 1000;

function toUser(stored: StoredUser): User {
  return { id: stored.id, name: stored.name, email: stored.email, role: stored.role };
}

export function createAuthService(options: AuthServiceOptions): AuthService {
  const { storage, hasher, clock, generateToken } = options;
  const idleMs = options.sessionIdleMs ?? defaultSessionIdleMs;
  const hashToken = options.hashText ?? sha256Hex;
  const throttle = options.throttle ?? createSignInThrottle({ clock });
  // Checked when the email is unknown, so a wrong email takes as long as a wrong password.
  let decoyHash: string | null = null;

  async function sessionOf(token: string | undefined): Promise<{ session: StoredSession; user: StoredUser } | null> {
    if (token === undefined || token.length < 16 || token.length > 512) return null;
    const tokenHash = hashToken(token);
    const session = await storage.findSession(tokenHash);
    if (session === null) return null;
    const now = clock().getTime();
    if (Date.parse(session.expiresAt) <= now) {
      await storage.deleteSession(tokenHash);
      return null;
    }
    const user = await storage.get(session.userId);
    // A deactivated account's sessions are deleted with it; one that survived (a race, a restored backup) is refused.
    if (user === null || !user.active) {
      await storage.deleteSession(tokenHash);
      return null;
    }
    if (Date.parse(session.expiresAt) - now < idleMs / 2) {
      const expiresAt = new Date(now + idleMs).toISOString();
      if (await storage.extendSession(tokenHash, expiresAt)) return { session: { ...session, expiresAt }, user };
    }
    return { session, user };
  }

  async function authenticate(token: string | undefined): Promise<Authenticated | null> {
    const found = await sessionOf(token);
    if (found === null) return null;
    return {
      actor: { id: found.user.id, name: found.user.name, role: found.user.role },
      session: { user: toUser(found.user), expiresAt: found.session.expiresAt },
    };
  }

  return {
    async signIn(request, client = { address: 'unknown' }) {
      const parsed = signInRequestSchema.safeParse(request);
      if (!parsed.success) throw validationFailed(fieldIssuesFromZodError(parsed.error));
      // Before any hashing: a refused try costs no scrypt, so a flood of them cannot starve the server either.
      const attempt = throttle.begin(parsed.data.email, client.address);
      if (!attempt.allowed) throw tooManyAttempts(attempt.retryAfterSeconds);
      const user = await storage.findByEmail(parsed.data.email);
      if (user === null) {
        decoyHash ??= await hasher.hash('not a password anyone has');
        await hasher.verify(parsed.data.password, decoyHash);
        throw unauthenticated('the email or the password is wrong');
      }
      if (!(await hasher.verify(parsed.data.password, user.passwordHash))) {
        throw unauthenticated('the email or the password is wrong');
      }
      attempt.succeeded();
      if (!user.active) throw accountDeactivated();
      const now = clock();
      await storage.deleteExpiredSessions(now.toISOString());
      const token = generateToken();
      const expiresAt = new Date(now.getTime() + idleMs).toISOString();
      await storage.insertSession({ tokenHash: hashToken(token), userId: user.id, createdAt: now.toISOString(), expiresAt });
      await storage.recordSignIn(user.id, now.toISOString());
      return { token, user: toUser(user), expiresAt };
    },

    async signOut(token) {
      if (token.length >= 16 && token.length <= 512) await storage.deleteSession(hashToken(token));
    },

    authenticate,

    async require(token) {
      const found = await authenticate(token);
      if (found === null) throw unauthenticated(token === undefined ? 'sign in to continue' : 'your session has ended; sign in again');
      return found;
    },

    async people() {
      const users = await storage.list();
      const items = users.map((user) => ({ id: user.id, name: user.name, role: user.role }));
      return { items: items.sort((left, right) => left.name.localeCompare(right.name, 'ko') || (left.id < right.id ? -1 : 1)) };
    },
  };
}
