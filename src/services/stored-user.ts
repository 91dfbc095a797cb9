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
});
export type StoredUser = z.infer<typeof storedUserSchema>;

export const storedSessionSchema = z.object({
  /** SHA-256 of the session token: a leaked table cannot be replayed as cookies. */
  tokenHash: z.string(),
  userId: userIdSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type StoredSession = z.infer<typeof storedSessionSchema>;
