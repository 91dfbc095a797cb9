import { z } from 'zod/mini';

/** A browser tab's id for its lock: a user with two tabs holds the roundup in one of them only. */
export const lockIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, 'lock id is malformed'));

const personSchema = z.object({ id: z.string(), name: z.string() });

/** Who holds the edit lock of a roundup, and whether someone asked to take it over. */
export const editLockSchema = z.object({
  roundupId: z.string(),
  lockId: lockIdSchema,
  holder: personSchema,
  acquiredAt: z.iso.datetime({ offset: true }),
  heartbeatAt: z.iso.datetime({ offset: true }),
  /** The lock is free for others after this, unless a heartbeat renews it. */
  expiresAt: z.iso.datetime({ offset: true }),
  takeover: z.nullable(z.object({ by: personSchema, lockId: lockIdSchema, at: z.iso.datetime({ offset: true }) })),
  /** Moves with every change, for compare-and-set. */
  revision: z.int().check(z.minimum(1)),
});
export type EditLock = z.infer<typeof editLockSchema>;

/** POST /api/roundups/:id/lock (take or renew), POST …/lock/takeover, DELETE …/lock (release): the tab says who it is. */
export const lockRequestSchema = z.strictObject({ lockId: lockIdSchema });
export type LockRequest = z.infer<typeof lockRequestSchema>;

/** The answer to taking, renewing or asking to take over a lock. */
export const lockResponseSchema = z.object({
  lock: editLockSchema,
  /** Whether the asking tab holds it now. */
  held: z.boolean(),
});
export type LockResponse = z.infer<typeof lockResponseSchema>;
