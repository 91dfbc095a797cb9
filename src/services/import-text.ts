import { importRequestSchema, type ImportRequest, type ImportResponse } from '../contract/import-endpoints';
import { fieldIssuesFromZodError } from '../contract/field-issues-from-zod';
import { importRoundupText } from '../import/import-roundup-text';
import type { Actor } from './actor';
import { assertAllowed } from './permissions';
import { ServiceError, validationFailed } from './service-error';

/**
 * Reads pasted roundup text into the structure of a new draft, for anyone who may create roundups. Nothing is
 * stored: the caller creates the draft when the person is happy with what was read. Unreadable text is a 422
 * `import_failed` with the reason.
 */
export function importText(actor: Actor, request: ImportRequest): ImportResponse {
  assertAllowed(actor, 'create');
  const parsed = importRequestSchema.safeParse(request);
  if (!parsed.success) throw validationFailed(fieldIssuesFromZodError(parsed.error));
  const result = importRoundupText(parsed.data.text);
  if (!result.ok) {
    throw new ServiceError('import_failed', result.error.message, { reason: result.error.code });
  }
  return { meta: result.meta, body: result.body, warnings: result.warnings, confidence: result.confidence };
}
