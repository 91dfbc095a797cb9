import { z } from 'zod/mini';
import { roundupStatusSchema } from '../schema/roundup-status';
import { userRoleSchema } from './user-endpoints';

/**
 * One allowed deletion of a roundup (only roundups never published may be deleted), kept after the roundup's rows
 * are gone: which roundup, what it was called, who deleted it and when.
 */
export const deletionRecordSchema = z.object({
  roundupId: z.string(),
  headline: z.string(),
  /** The roundup's status when it was deleted. */
  status: roundupStatusSchema,
  ownerId: z.string(),
  deletedAt: z.iso.datetime({ offset: true }),
  deletedBy: z.object({ id: z.string(), name: z.string(), role: userRoleSchema }),
});
export type DeletionRecord = z.infer<typeof deletionRecordSchema>;

/** GET /api/deletions?limit= — the deletion log, newest first (desks and admins). */
export const listDeletionsQuerySchema = z.strictObject({
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500)), 100),
});
export type ListDeletionsQuery = z.input<typeof listDeletionsQuerySchema>;

export const deletionsResponseSchema = z.object({ items: z.array(deletionRecordSchema) });
export type DeletionsResponse = z.infer<typeof deletionsResponseSchema>;
