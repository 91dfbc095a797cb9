import type { JSONContent } from '@tiptap/core';
import type { RoundupMetadata } from '@/schema/roundup-metadata';
import { buildRoundupBody } from './build-roundup-body';
import { buildRoundupMetadata } from './build-roundup-metadata';
import { importWarningPenalties, type ImportWarningCode } from './import-warning-codes';
import { runImportPipeline } from './pipeline';
import { screenInput } from './screen-input';

export { importWarningCodes, type ImportWarningCode } from './import-warning-codes';

export interface ImportWarning {
  /** The rule that raised it (`split-briefs`). */
  rule: string;
  /** Stable, one of `importWarningCodes`; the UI translates by it. */
  code: string;
  message: string;
  /** 1-based line in the input */
  line?: number;
}

export type ImportErrorCode = 'empty' | 'too_large' | 'html' | 'no_briefs';

export type ImportResult =
  | { ok: true; meta: RoundupMetadata; body: JSONContent; warnings: ImportWarning[]; /** 0..1 */ confidence: number }
  | { ok: false; error: { code: ImportErrorCode; message: string }; warnings: ImportWarning[] };

/** Larger input is refused as `too_large` before any parsing (a long roundup is about 30 kB). */
export const maxImportBytes = 1_000_000;

function isWarningCode(code: string): code is ImportWarningCode {
  return Object.hasOwn(importWarningPenalties, code);
}

/** 1 when no rule guessed; every warning lowers it by its code's penalty. */
function confidenceOf(warnings: readonly ImportWarning[]): number {
  const confidence = warnings.reduce(
    (product, warning) => product * (1 - (isWarningCode(warning.code) ? importWarningPenalties[warning.code] : 0)),
    1,
  );
  return Math.round(confidence * 100) / 100;
}

/**
 * Reads the plain text of a published or wire roundup (copied from a news page with its chrome, or wire copy) into
 * roundup metadata and body. Pure: no DOM, no Node. Never throws on input; what it could not read is an error, what
 * it had to guess is a warning.
 */
export function importRoundupText(text: string): ImportResult {
  const rejection = screenInput(text, maxImportBytes);
  if (rejection !== null) return { ok: false, error: { code: rejection.code, message: rejection.message }, warnings: [] };

  const { draft, warnings } = runImportPipeline(text);
  if (draft.briefs.length === 0) {
    return {
      ok: false,
      error: {
        code: 'no_briefs',
        message: 'No brief was recognised: no heading marked with ◇, ■, ▲, ◆, ○, □ or 1., and no short heading line before a paragraph.',
      },
      warnings,
    };
  }
  const meta = buildRoundupMetadata(draft.meta, (code, message, line) => {
    warnings.push(line === undefined ? { rule: 'build-metadata', code, message } : { rule: 'build-metadata', code, message, line });
  });
  const body = buildRoundupBody(draft.briefs);
  return { ok: true, meta, body, warnings, confidence: confidenceOf(warnings) };
}
