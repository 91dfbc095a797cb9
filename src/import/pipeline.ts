import type { ImportWarning } from './import-roundup-text';
import { createImportDraft, type ImportDraft, type ImportRule } from './import-draft';
import { attachCaptions } from './rules/attach-captions';
import { briefCredits } from './rules/brief-credits';
import { closeEmptyBriefs } from './rules/close-empty-briefs';
import { detectCaptions } from './rules/detect-captions';
import { fillMetadataGaps } from './rules/fill-metadata-gaps';
import { findDateline } from './rules/find-dateline';
import { flagPhotoSlots } from './rules/flag-photo-slots';
import { normalizeWhitespace } from './rules/normalize-whitespace';
import { readClosingEmails } from './rules/read-closing-emails';
import { readRegisteredAt } from './rules/read-registered-at';
import { readTitle } from './rules/read-title';
import { removeStrayMarkup } from './rules/remove-stray-markup';
import { splitBriefs } from './rules/split-briefs';
import { stripPageChrome } from './rules/strip-page-chrome';

/**
 * The import, rule by rule. Order matters: lines (normalise, title, 등록, chrome, dateline, e-mails) → blocks
 * (captions) → briefs (split, attach captions, credits) → what is left open (empty briefs, metadata, photo slots).
 */
export const importRules: readonly ImportRule[] = [
  normalizeWhitespace,
  removeStrayMarkup,
  readTitle,
  readRegisteredAt,
  stripPageChrome,
  findDateline,
  readClosingEmails,
  detectCaptions,
  splitBriefs,
  attachCaptions,
  briefCredits,
  closeEmptyBriefs,
  fillMetadataGaps,
  flagPhotoSlots,
];

export interface PipelineRun {
  readonly draft: ImportDraft;
  readonly warnings: ImportWarning[];
}

export function runImportPipeline(text: string, rules: readonly ImportRule[] = importRules): PipelineRun {
  const draft = createImportDraft(text);
  const warnings: ImportWarning[] = [];
  for (const rule of rules) {
    rule.apply(draft, (code, message, line) => {
      warnings.push(line === undefined ? { rule: rule.name, code, message } : { rule: rule.name, code, message, line });
    });
  }
  return { draft, warnings };
}
