import { z } from 'zod/mini';

/**
 * The value of the `Idempotency-Key` header: 1–255 visible ASCII characters (a UUID is the usual choice).
 * The same key with the same save replays the first result; with a different save it is refused.
 */
export const idempotencyKeySchema = z
  .string()
  .check(z.regex(/^[\x21-\x7e]{1,255}$/, 'Idempotency-Key must be 1–255 visible ASCII characters'));
