import { z } from 'zod/mini';
import { roundupBodySchema } from '../schema/roundup-body';
import { roundupIdSchema } from '../schema/roundup';
import { roundupStatusSchema } from '../schema/roundup-status';

/**
 * A roundup as storage holds it. The metadata is kept loose because a row written by an older build may have a
 * shape this build no longer accepts; `migrateDocument` brings it up to date on read, and only then is it parsed
 * with the strict `roundupSchema`. Adapters parse what they read with this schema rather than casting it.
 */
/** Owner of roundups stored before accounts existed: the demo reporter. */
export const legacyOwnerId = 'u-reporter';

export const storedRoundupSchema = z.object({
  id: roundupIdSchema,
  ownerId: z._default(z.string().check(z.minLength(1)), legacyOwnerId),
  meta: z.record(z.string(), z.unknown()),
  body: roundupBodySchema,
  status: roundupStatusSchema,
  /** Checked with `roundupWorkflowSchema` on read, like the metadata; rows from before review existed have none. */
  workflow: z._default(z.record(z.string(), z.unknown()), {}),
  version: z.int().check(z.minimum(1)),
  workflowRevision: z._default(z.int().check(z.minimum(0)), 0),
  schemaVersion: z.int().check(z.minimum(1)),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type StoredRoundup = z.infer<typeof storedRoundupSchema>;
