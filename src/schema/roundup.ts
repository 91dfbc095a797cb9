import { z } from 'zod/mini';
import { roundupBodySchema } from './roundup-body';
import { roundupMetadataSchema } from './roundup-metadata';
import { roundupStatusSchema } from './roundup-status';
import { roundupWorkflowSchema } from './roundup-workflow';

/** The schema version this build writes. Bump it together with a migration in `migrations.ts`. */
export const currentSchemaVersion = 2;

export const roundupIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'roundup id is malformed'));

export const roundupSchema = z.strictObject({
  id: roundupIdSchema,
  /** The account that created the roundup (the reporter whose draft it is). */
  ownerId: z.string().check(z.minLength(1)),
  meta: roundupMetadataSchema,
  body: roundupBodySchema,
  status: roundupStatusSchema,
  /** The desk's review beside the status: per-brief verdicts, schedule, layout check, withdrawal. */
  workflow: roundupWorkflowSchema,
  /** The document's version: it moves with every saved change to meta or body, and only then. */
  version: z.int().check(z.minimum(1)),
  /** Moves with every change to status or workflow, so that review and editing never block each other's saves. */
  workflowRevision: z.int().check(z.minimum(0)),
  schemaVersion: z.int().check(z.minimum(1)),
  createdAt: z.iso.datetime({ offset: true }),
  /** 수정: the last saved change. */
  updatedAt: z.iso.datetime({ offset: true }),
});

export type Roundup = z.infer<typeof roundupSchema>;
