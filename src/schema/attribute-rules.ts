import { z } from 'zod/mini';
import { briefIdSchema } from './brief-id';
import { normalizeLinkHref } from './normalize-link-href';
import { figureAttributesSchema } from './nodes/figure';

/** An href as stored: allowed, and in the normalised form `normalizeLinkHref` makes of it (never as typed). */
export const storedLinkHrefSchema = z.string().check(
  z.superRefine((href, context) => {
    const normalized = normalizeLinkHref(href);
    if (normalized === null) {
      context.addIssue({
        code: 'custom',
        message: 'link must be an http, https or mailto address (absolute, without spaces, control characters or a user name, at most 2048 characters)',
        input: href,
      });
    } else if (normalized !== href) {
      context.addIssue({ code: 'custom', message: `link must be stored in its normalised form ${JSON.stringify(normalized)}`, input: href });
    }
  }),
);

const noAttributes = z.strictObject({});

/**
 * Exactly the attributes each node and mark of a roundup body may carry, with their allowed values. The validator
 * refuses anything else (server, mock and the editor's paste path all check against these); a test keeps them equal
 * to the attributes the extensions declare. A link is its address only: no class, target, rel or title is ever
 * stored, and every renderer adds its own fixed `rel`.
 */
export const nodeAttributeRules: Readonly<Record<string, z.ZodMiniObject>> = {
  doc: noAttributes,
  text: noAttributes,
  brief: z.strictObject({ id: briefIdSchema }),
  briefHeading: noAttributes,
  paragraph: noAttributes,
  figure: figureAttributesSchema,
  figureCaption: noAttributes,
  figureCredit: noAttributes,
};

export const markAttributeRules: Readonly<Record<string, z.ZodMiniObject>> = {
  bold: noAttributes,
  italic: noAttributes,
  link: z.strictObject({ href: storedLinkHrefSchema }),
};
