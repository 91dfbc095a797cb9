import { z } from 'zod/mini';

/** Every status a roundup can be in. The transitions between them are rules in `src/services`. */
export const roundupStatuses = [
  'draft',
  'submitted',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'withdrawn',
] as const;

export const roundupStatusSchema = z.enum(roundupStatuses);
export type RoundupStatus = z.infer<typeof roundupStatusSchema>;
