import { z } from 'zod';
import { storedRoundupSchema } from './stored-roundup';

/** What a successful save is remembered as under its `Idempotency-Key`, so a retry can replay it. */
export const idempotencyRecordSchema = z.object({
  key: z.string(),
  /** SHA-256 of the canonical request (roundup id, base version, meta, body): tells a retry from a reuse. */
  requestFingerprint: z.string(),
  roundupId: z.string(),
  /** The roundup as the first save returned it. */
  result: storedRoundupSchema,
  createdAt: z.string(),
});

export type IdempotencyRecord = z.infer<typeof idempotencyRecordSchema>;
