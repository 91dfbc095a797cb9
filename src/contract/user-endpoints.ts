import { z } from 'zod/mini';

/** Who does what in a newsroom. The rules per role live in `src/services/permissions.ts`. */
export const userRoles = ['reporter', 'desk', 'designer', 'admin'] as const;
export const userRoleSchema = z.enum(userRoles);
export type UserRole = z.infer<typeof userRoleSchema>;

export const userIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'user id is malformed'));

export const userSchema = z.object({
  id: userIdSchema,
  name: z.string(),
  email: z.string(),
  role: userRoleSchema,
});
export type User = z.infer<typeof userSchema>;

/** POST /api/session */
export const signInRequestSchema = z.strictObject({
  email: z.string().check(z.trim(), z.toLowerCase(), z.minLength(1, 'email is required'), z.maxLength(254)),
  password: z.string().check(z.minLength(1, 'password is required'), z.maxLength(1024)),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

/** POST /api/session and GET /api/me */
export const sessionResponseSchema = z.object({
  user: userSchema,
  expiresAt: z.iso.datetime({ offset: true }),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/** The session cookie. httpOnly, SameSite=Lax, Secure when served over https. */
export const sessionCookieName = 'bureau_session';

/**
 * Every state-changing request must carry this header. A cross-site form cannot set it, and a cross-site script
 * cannot send it without a CORS preflight that Bureau never grants: together with SameSite cookies, this is the CSRF
 * defence (an Origin check adds a second line).
 */
export const csrfHeaderName = 'X-Bureau-Client';
export const csrfHeaderValue = 'web';

/** GET /api/people — who works in the newsroom, for filters and mentions (no emails). */
export const peopleResponseSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), role: userRoleSchema })),
});
export type PeopleResponse = z.infer<typeof peopleResponseSchema>;
