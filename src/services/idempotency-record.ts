import { z } from 'zod/mini';
import { saveReceiptSchema } from '../contract/roundup-endpoints';
import { storedRoundupSchema } from './stored-roundup';

/** What a successful save is remembered as under its `Idempotency-Key`, so a retry can replay it. */
export const idempotencyRecordSchema = z.object({
  key: z.string(),
  /** SHA-256 of the canonical request (kind of save, actor, roundup id, base version, content): tells a retry from a reuse. */
  requestFingerprint: z.string(),
  roundupId: z.string(),
  /** What the first save answered: the whole roundup for a full save, the receipt for a partial one. */
  result: z.union([storedRoundupSchema, saveReceiptSchema]),
  createdAt: z.string(),
});

export type IdempotencyRecord = z.infer<typeof idempotencyRecordSchema>;
