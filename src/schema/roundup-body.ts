import type { JSONContent } from '@tiptap/core';
import { z } from 'zod';

/**
 * The stored shape of a roundup body: ProseMirror JSON. zod checks only the outline here; `validateRoundupBody`
 * checks it against the real schema (nesting, marks, attributes, links).
 */
export const roundupBodySchema: z.ZodType<JSONContent> = z.lazy(() =>
  z
    .object({
      type: z.string(),
      attrs: z.record(z.string(), z.unknown()).optional(),
      content: z.array(roundupBodySchema).optional(),
      marks: z
        .array(z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() }).loose())
        .optional(),
      text: z.string().optional(),
    })
    .loose(),
);

export type RoundupBody = JSONContent;
