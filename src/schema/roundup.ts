import { z } from 'zod';
import { roundupBodySchema } from './roundup-body';
import { roundupMetadataSchema } from './roundup-metadata';
import { roundupStatusSchema } from './roundup-status';

/** The schema version this build writes. Bump it together with a migration in `migrations.ts`. */
export const currentSchemaVersion = 1;

export const roundupIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'roundup id is malformed');

export const roundupSchema = z
  .object({
    id: roundupIdSchema,
    /** The account that created the roundup (the reporter whose draft it is). */
    ownerId: z.string().min(1),
    meta: roundupMetadataSchema,
    body: roundupBodySchema,
    status: roundupStatusSchema,
    version: z.number().int().min(1),
    schemaVersion: z.number().int().min(1),
    createdAt: z.iso.datetime({ offset: true }),
    /** 수정: the last saved change. */
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();

export type Roundup = z.infer<typeof roundupSchema>;
