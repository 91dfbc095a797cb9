import { z } from 'zod/mini';

/** POST: creates the first admin of a server started without demo data (the first-run path). */
export const setupPath = '/api/setup';

/** POST /api/setup. `token` is the one-time token of the link the server printed. */
export const setupRequestSchema = z.strictObject({
  token: z.string().check(z.minLength(1, 'the setup token is required'), z.maxLength(256)),
  name: z.string().check(z.trim(), z.minLength(1, 'name is required'), z.maxLength(100)),
  email: z
    .string()
    .check(z.trim(), z.toLowerCase(), z.maxLength(254), z.regex(/^[^\s@]+@[^\s@]+$/, 'email is not an address')),
  // Its strength is judged by the same rules as every account's (src/services/password-rules.ts: weak_password).
  password: z.string().check(z.minLength(1, 'the password is required'), z.maxLength(4096)),
});
export type SetupRequest = z.infer<typeof setupRequestSchema>;
