import { z } from 'zod/mini';

/** A brief's stable id (`attrs.id`): what autosave, review and comments refer to a brief by. */
export const briefIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,80}$/, 'brief id is malformed'));
