import { z } from 'zod/mini';
import { houseStyleIdSchema } from './house-style-id';
import { isStorableText, unstorableTextMessage } from './storable-text';

/** A trimmed string that storage and exports can hold. */
const text = () => z.string().check(z.trim(), z.refine(isStorableText, unstorableTextMessage));

export const reporterSchema = z.strictObject({
  name: z.pipe(
    text(),
    z.string().check(z.minLength(1, 'reporter name is required'), z.maxLength(40, 'reporter name is limited to 40 characters')),
  ),
  email: z.union([z.literal(''), z.email({ message: 'reporter email is not a valid address' })]),
});

export type Reporter = z.infer<typeof reporterSchema>;

/**
 * What a reporter fills in as form fields rather than typing into the body. The dateline and credits are built from
 * these at render time, never typed by hand.
 */
export const roundupMetadataSchema = z.strictObject({
  /** The label in brackets before the headline, without the brackets: `광주소식`. */
  kicker: z
    .pipe(text(), z.string().check(z.maxLength(30, 'kicker is limited to 30 characters')))
    .check(z.refine((value) => !/[[\]【】]/.test(value), 'kicker is stored without brackets; the house style adds them')),
  headline: z.pipe(text(), z.string().check(z.maxLength(120, 'headline is limited to 120 characters'))),
  region: z.pipe(text(), z.string().check(z.maxLength(20, 'region is limited to 20 characters'))),
  outlet: z.pipe(text(), z.string().check(z.maxLength(30, 'outlet is limited to 30 characters'))),
  houseStyle: houseStyleIdSchema,
  reporters: z.array(reporterSchema).check(z.maxLength(10, 'at most 10 reporters')),
  /** 등록: when the roundup was (or is to be) published, ISO 8601 with offset. */
  registeredAt: z.nullable(z.iso.datetime({ offset: true, message: 'registeredAt must be an ISO 8601 date-time' })),
});

export type RoundupMetadata = z.infer<typeof roundupMetadataSchema>;

export function emptyRoundupMetadata(): RoundupMetadata {
  return {
    kicker: '',
    headline: '',
    region: '',
    outlet: '뉴시스',
    houseStyle: 'newsis',
    reporters: [],
    registeredAt: null,
  };
}
