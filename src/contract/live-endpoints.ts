import { z } from 'zod/mini';
import { roundupStatusSchema } from '../schema/roundup-status';
import { roundupActionSchema } from './workflow-endpoints';

/**
 * GET /api/live — Server-Sent Events (`event: change`), one per change to any roundup, so every open page can follow
 * what others do. The browser mock sends the same objects between tabs over a BroadcastChannel.
 */
export const roundupChangeSchema = z.object({
  roundupId: z.string(),
  /**
   * `save` for a change to the document, `delete`, `lock` when the edit lock changed hands, `comment` when a thread
   * was opened, answered, resolved, reopened, moved or deleted, or the review action taken.
   */
  kind: z.union([z.literal('save'), z.literal('delete'), z.literal('lock'), z.literal('comment'), roundupActionSchema]),
  status: roundupStatusSchema,
  version: z.int().check(z.minimum(1)),
  workflowRevision: z.int().check(z.minimum(0)),
  by: z.object({ id: z.string(), name: z.string() }),
  at: z.iso.datetime({ offset: true }),
  /** For brief verdicts: which brief. */
  briefId: z.optional(z.string()),
  /** For comments: which thread. */
  threadId: z.optional(z.string()),
});
export type RoundupChange = z.infer<typeof roundupChangeSchema>;

/** The BroadcastChannel the browser mock's tabs share. */
export const mockChangeChannel = 'bureau-changes';
