import { z } from 'zod/mini';
import { roundupSchema } from '../schema/roundup';
import { apiErrorCodeSchema } from './error-codes';
import { editLockSchema } from './lock-endpoints';

export const fieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  location: z.optional(z.string()),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** `{ error: { code, message, details? } }`: the one error shape of every endpoint. */
export const apiErrorBodySchema = z.object({
  error: z.object({
    code: apiErrorCodeSchema,
    message: z.string(),
    details: z.optional(
      z.object({
        issues: z.optional(z.array(fieldIssueSchema)),
        /** On `version_conflict`: the document as it is now on the server. */
        current: z.optional(roundupSchema),
        limitBytes: z.optional(z.number()),
        /** On `locked`: who holds the edit lock, since when, until when unless renewed. */
        lock: z.optional(editLockSchema),
        /** On `import_failed`: why the text could not be read (`empty`, `too_large`, `html`, `no_briefs`). */
        reason: z.optional(z.string()),
        /** On `too_many_attempts`: seconds to wait before the next try (also sent as `Retry-After`). */
        retryAfterSeconds: z.optional(z.number()),
      }),
    ),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
