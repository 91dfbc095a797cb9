import { z } from 'zod/mini';
import { userIdSchema, userRoleSchema } from './user-endpoints';

/**
 * Shortest password an account may get (Unicode code points). Ten characters: long enough that a phrase beats a
 * guessable word, short enough that nobody writes it on a sticky note. The rules themselves live in
 * `src/services/password-rules.ts`.
 */
export const minPasswordLength = 10;
/** Longest password: hashing cost grows with length, so an unbounded one is a way to make sign-in slow. */
export const maxPasswordLength = 1024;

/** Why a password was refused (`weak_password`, in `details.reason`). */
export const weakPasswordReasons = ['too_short', 'too_long', 'same_as_email', 'published', 'unchanged'] as const;
export type WeakPasswordReason = (typeof weakPasswordReasons)[number];

const accountNameSchema = z.string().check(z.trim(), z.minLength(1, 'name is required'), z.maxLength(100));
const accountEmailSchema = z
  .string()
  .check(z.trim(), z.toLowerCase(), z.maxLength(254), z.regex(/^[^\s@]+@[^\s@]+$/, 'email is not an address'));
const passwordSchema = z.string().check(z.maxLength(maxPasswordLength));

/** An account as an admin sees it. Timestamps are ISO; null when it never happened. */
export const accountSchema = z.object({
  id: userIdSchema,
  name: z.string(),
  email: z.string(),
  role: userRoleSchema,
  active: z.boolean(),
  createdAt: z.string(),
  deactivatedAt: z.nullable(z.string()),
  lastSignedInAt: z.nullable(z.string()),
  passwordChangedAt: z.nullable(z.string()),
});
export type Account = z.infer<typeof accountSchema>;

/** GET /api/users */
export const accountListResponseSchema = z.object({ items: z.array(accountSchema) });
export type AccountListResponse = z.infer<typeof accountListResponseSchema>;

/** POST /api/users. Without `password`, the server makes a temporary one and answers it once. */
export const createAccountRequestSchema = z.strictObject({
  name: accountNameSchema,
  email: accountEmailSchema,
  role: userRoleSchema,
  password: z.optional(passwordSchema),
});
export type CreateAccountRequest = z.infer<typeof createAccountRequestSchema>;

/** POST /api/users and POST /api/users/:id/password. `temporaryPassword` is there only when the server made it. */
export const accountWithPasswordResponseSchema = z.object({
  account: accountSchema,
  temporaryPassword: z.optional(z.string()),
});
export type AccountWithPasswordResponse = z.infer<typeof accountWithPasswordResponseSchema>;

/** PATCH /api/users/:id: any of these, at least one. */
export const updateAccountRequestSchema = z
  .strictObject({
    name: z.optional(accountNameSchema),
    role: z.optional(userRoleSchema),
    active: z.optional(z.boolean()),
  })
  .check(
    z.refine((request) => request.name !== undefined || request.role !== undefined || request.active !== undefined, {
      message: 'change at least one of name, role, active',
    }),
  );
export type UpdateAccountRequest = z.infer<typeof updateAccountRequestSchema>;

/** POST /api/users/:id/password: an admin sets a new password (or, without one, gets a temporary one). */
export const resetPasswordRequestSchema = z.strictObject({ password: z.optional(passwordSchema) });
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequestSchema>;

/** POST /api/me/password: anyone changes their own password; their other sessions end, this one stays. */
export const changeOwnPasswordRequestSchema = z.strictObject({
  currentPassword: z.string().check(z.minLength(1, 'the current password is required'), z.maxLength(maxPasswordLength)),
  newPassword: passwordSchema,
});
export type ChangeOwnPasswordRequest = z.infer<typeof changeOwnPasswordRequestSchema>;
