import type { Authenticated } from '../services/auth-service';

/** Per-request values the middleware sets for the routes. */
export interface ApiEnv {
  Variables: {
    signedIn: Authenticated;
    sessionToken: string | undefined;
  };
}
