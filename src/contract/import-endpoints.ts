import { z } from 'zod/mini';
import { roundupBodySchema } from '../schema/roundup-body';
import { roundupMetadataSchema } from '../schema/roundup-metadata';

/** Largest text `POST /api/import` reads; the importer itself refuses more than 1 MB of text as `too_large`. */
export const maxImportRequestBytes = 4 * 1024 * 1024;

/** POST /api/import — the plain text of a published or wire roundup, as copied. Nothing is saved. */
export const importRequestSchema = z.strictObject({ text: z.string() });
export type ImportRequest = z.infer<typeof importRequestSchema>;

export const importWarningSchema = z.object({
  rule: z.string(),
  code: z.string(),
  message: z.string(),
  line: z.optional(z.int().check(z.minimum(1))),
});

/**
 * The roundup the text holds, ready to create as a draft (`POST /api/roundups` with `meta` and `body`), the warnings
 * of every rule that had to guess, and a confidence from 0 to 1. Unreadable text is a 422 `import_failed` whose
 * `details.reason` says why: `empty`, `too_large`, `html` or `no_briefs`.
 */
export const importResponseSchema = z.object({
  meta: roundupMetadataSchema,
  body: roundupBodySchema,
  warnings: z.array(importWarningSchema),
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
});
export type ImportResponse = z.infer<typeof importResponseSchema>;

/** GET /api/roundups/:id/export?format= */
export const exportQuerySchema = z.strictObject({ format: z.enum(['wire', 'html', 'newsml', 'ninjs']) });
export type ExportQuery = z.infer<typeof exportQuerySchema>;
