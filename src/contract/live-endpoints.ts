import { z } from 'zod';
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
  version: z.number().int().min(1),
  workflowRevision: z.number().int().min(0),
  by: z.object({ id: z.string(), name: z.string() }),
  at: z.iso.datetime({ offset: true }),
  /** For brief verdicts: which brief. */
  briefId: z.string().optional(),
  /** For comments: which thread. */
  threadId: z.string().optional(),
});
export type RoundupChange = z.infer<typeof roundupChangeSchema>;

/** The BroadcastChannel the browser mock's tabs share. */
export const mockChangeChannel = 'bureau-changes';
