import { z } from 'zod';
import { roundupSchema } from '../schema/roundup';
import { apiErrorCodeSchema } from './error-codes';
import { editLockSchema } from './lock-endpoints';

export const fieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  location: z.string().optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** `{ error: { code, message, details? } }`: the one error shape of every endpoint. */
export const apiErrorBodySchema = z.object({
  error: z.object({
    code: apiErrorCodeSchema,
    message: z.string(),
    details: z
      .object({
        issues: z.array(fieldIssueSchema).optional(),
        /** On `version_conflict`: the document as it is now on the server. */
        current: roundupSchema.optional(),
        limitBytes: z.number().optional(),
        /** On `locked`: who holds the edit lock, since when, until when unless renewed. */
        lock: editLockSchema.optional(),
        /** On `import_failed`: why the text could not be read (`empty`, `too_large`, `html`, `no_briefs`). */
        reason: z.string().optional(),
      })
      .optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
