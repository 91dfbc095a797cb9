import type { JSONContent } from '@tiptap/core';
import { z } from 'zod/mini';

/**
 * The stored shape of a roundup body: ProseMirror JSON. zod checks only the outline here; `validateRoundupBody`
 * checks it against the real schema (nesting, marks, attributes, links).
 */
export const roundupBodySchema: z.ZodMiniType<JSONContent> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    attrs: z.optional(z.record(z.string(), z.unknown())),
    content: z.optional(z.array(roundupBodySchema)),
    marks: z.optional(z.array(z.looseObject({ type: z.string(), attrs: z.optional(z.record(z.string(), z.unknown())) }))),
    text: z.optional(z.string()),
  }),
);

export type RoundupBody = JSONContent;
