import { z } from 'zod';
import { roundupEventSchema } from './workflow-endpoints';

/** GET /api/notifications — review steps others took on my roundups (mine as reporter, or as their desk), newest first. */
export const notificationsResponseSchema = z.object({
  items: z.array(
    z.object({
      event: roundupEventSchema,
      headline: z.string(),
      kicker: z.string(),
    }),
  ),
});
export type NotificationsResponse = z.infer<typeof notificationsResponseSchema>;
