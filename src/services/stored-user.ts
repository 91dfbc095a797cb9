import { z } from 'zod/mini';
import { userIdSchema, userRoleSchema } from '../contract/user-endpoints';

export const storedUserSchema = z.object({
  id: userIdSchema,
  /** Lower-cased; unique. */
  email: z.string(),
  name: z.string(),
  role: userRoleSchema,
  /** Opaque to storage: produced and checked by the `PasswordHasher`. */
  passwordHash: z.string(),
  createdAt: z.string(),
  /** False once an admin deactivated the account: it cannot sign in and its sessions are gone. */
  active: z._default(z.boolean(), true),
  deactivatedAt: z._default(z.nullable(z.string()), null),
  lastSignedInAt: z._default(z.nullable(z.string()), null),
  /** Null while the password is the one the account was created with. */
  passwordChangedAt: z._default(z.nullable(z.string()), null),
});
export type StoredUser = z.infer<typeof storedUserSchema>;
/** What `UserStorage.insert` takes: the account fields default to an active account that never signed in. */
export type NewStoredUser = z.input<typeof storedUserSchema>;

export const storedSessionSchema = z.object({
  /** SHA-256 of the session token: a leaked table cannot be replayed as cookies. */
  tokenHash: z.string(),
  userId: userIdSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type StoredSession = z.infer<typeof storedSessionSchema>;
