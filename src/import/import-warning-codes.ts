/**
 * Every warning the import can raise, with how much it lowers the confidence of the result (0 = not a guess, only a
 * reminder). The UI translates warnings by code, so codes are stable: add new ones, never rename.
 */
export const importWarningPenalties = {
  markup_removed: 0.15,
  unstorable_text_removed: 0.05,
  title_not_found: 0.1,
  kicker_guessed: 0.05,
  metadata_clipped: 0.05,
  registered_at_not_found: 0.05,
  dateline_not_found: 0.2,
  house_style_guessed: 0.1,
  outlet_guessed: 0.05,
  reporter_not_found: 0.03,
  email_obfuscated: 0.02,
  email_not_found: 0.02,
  text_dropped: 0.1,
  heading_guessed: 0.08,
  heading_missing: 0.15,
  brief_empty: 0.1,
  caption_guessed: 0.08,
  caption_from_text: 0.05,
  caption_missing: 0.03,
  credit_missing: 0.03,
  photo_missing: 0,
} as const satisfies Record<string, number>;

export type ImportWarningCode = keyof typeof importWarningPenalties;

function codesOf<Code extends string>(penalties: Record<Code, number>): Code[] {
  return Object.keys(penalties).filter((key): key is Code => Object.hasOwn(penalties, key));
}

export const importWarningCodes: readonly ImportWarningCode[] = codesOf(importWarningPenalties);
