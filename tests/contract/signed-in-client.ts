import { afterAll, beforeAll } from 'vitest';
import { apiRoutes } from '../../src/contract/routes';
import {
  csrfHeaderName,
  csrfHeaderValue,
  sessionCookieName,
  sessionResponseSchema,
  userRoles,
  type User,
  type UserRole,
} from '../../src/contract/user-endpoints';
import { demoPassword } from '../../src/services/demo-accounts';

export interface HttpBackend {
  baseUrl: string;
  fetch: typeof fetch;
}

export interface Client {
  user: User | null;
  /** Sends with the session cookie and the CSRF header, as the web app does. */
  call(path: string, init?: RequestInit): Promise<Response>;
}

/** The `name=value` of the session cookie a response sets, or null. */
export function sessionCookieFrom(response: Response): string | null {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    if (pair?.startsWith(`${sessionCookieName}=`) && pair.length > sessionCookieName.length + 1) return pair;
  }
  return null;
}

function clientWith(backend: HttpBackend, cookie: string | null, user: User | null): Client {
  return {
    user,
    call(path, init = {}) {
      const headers = new Headers(init.headers);
      if (!headers.has(csrfHeaderName)) headers.set(csrfHeaderName, csrfHeaderValue);
      if (cookie !== null) headers.set('Cookie', cookie);
      return backend.fetch(new URL(path, backend.baseUrl), { ...init, headers });
    },
  };
}

/** A client with no session: what a browser that never signed in sends. */
export function anonymousClient(backend: HttpBackend): Client {
  return clientWith(backend, null, null);
}

/** Signs in with a demo account (every backend seeds them) and returns a client that carries the session. */
export async function signInAs(backend: HttpBackend, email: string, password = demoPassword): Promise<Client> {
  const response = await anonymousClient(backend).call(apiRoutes.session, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  const cookie = sessionCookieFrom(response);
  if (cookie === null) throw new Error(`sign-in as ${email} set no session cookie`);
  const { user } = sessionResponseSchema.parse(await response.json());
  return clientWith(backend, cookie, user);
}

/** One signed-in client per demo role. */
export async function signInEveryRole(backend: HttpBackend): Promise<Record<UserRole, Client>> {
  const clients: Partial<Record<UserRole, Client>> = {};
  for (const role of userRoles) clients[role] = await signInAs(backend, `${role}@bureau.test`);
  return clients as Record<UserRole, Client>;
}

/**
 * Starts a backend before the suite's tests and stops it after them, with a signed-in client per demo role. Read
 * `clients` inside tests (it is set once the suite has started).
 */
export function signedInBackend(setup: () => Promise<HttpBackend & { teardown(): Promise<void> }>): { readonly clients: Record<UserRole, Client> } {
  let backend: (HttpBackend & { teardown(): Promise<void> }) | undefined;
  let clients: Record<UserRole, Client> | undefined;
  beforeAll(async () => {
    backend = await setup();
    clients = await signInEveryRole(backend);
  });
  afterAll(async () => {
    await backend?.teardown();
  });
  return {
    get clients() {
      if (clients === undefined) throw new Error('the backend has not started: read clients inside a test');
      return clients;
    },
  };
}
