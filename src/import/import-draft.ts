import type { HouseStyleId } from '@/schema/house-style-id';
import type { ImportWarningCode } from './import-warning-codes';

/**
 * What a line turned out to be. Rules mark lines instead of deleting them, so line numbers survive for warnings.
 * `content` lines are story (text or captions); every other role is left out of the body.
 */
export type LineRole = 'content' | 'chrome' | 'title' | 'timestamp' | 'closing';

/** One non-blank line of the input after whitespace normalisation. */
export interface DraftLine {
  /** 1-based line number in the input. */
  readonly number: number;
  text: string;
  role: LineRole;
}

/** A content line that is not a photo caption: a heading or a paragraph, decided when briefs are split. */
export interface TextBlock {
  readonly kind: 'text';
  readonly line: number;
  readonly text: string;
}

/** A photo caption line, taken apart into the reporter's caption and the photo credit (`광산구 제공`). */
export interface CaptionBlock {
  readonly kind: 'caption';
  readonly line: number;
  readonly caption: string;
  readonly credit: string;
}

export type DraftBlock = TextBlock | CaptionBlock;

export interface DraftParagraph {
  readonly kind: 'paragraph';
  readonly line: number;
  text: string;
}

/** A caption whose brief is settled: it becomes a `figure` with an empty photo slot. */
export interface DraftFigure {
  readonly kind: 'figure';
  readonly line: number;
  readonly caption: string;
  readonly credit: string;
}

export type BriefItem = DraftParagraph | CaptionBlock | DraftFigure;

export interface DraftBrief {
  heading: string;
  /** Line of the heading, or of the first text when the heading was guessed from elsewhere. */
  readonly line: number;
  /** In reading order; captions stay where they stood until `attach-captions` settles them. */
  items: BriefItem[];
}

export interface DraftReporter {
  name: string;
  email: string;
}

export interface DraftMetadata {
  kicker: string;
  headline: string;
  region: string;
  outlet: string;
  /** Null until an outlet or a hint names it; `fill-metadata-gaps` settles it. */
  houseStyle: HouseStyleId | null;
  reporters: DraftReporter[];
  registeredAt: string | null;
  /** Outlets named by photo credits or e-mail domains, for when no dateline names one. */
  outletHints: string[];
}

/** The shared intermediate the rules work on, in stages: lines → blocks → briefs. */
export interface ImportDraft {
  readonly source: string;
  lines: DraftLine[];
  blocks: DraftBlock[];
  briefs: DraftBrief[];
  meta: DraftMetadata;
}

export type WarnFunction = (code: ImportWarningCode, message: string, line?: number) => void;

/** One named step of the import. A rule that guesses says so through `warn`; the warning lowers the confidence. */
export interface ImportRule {
  readonly name: string;
  apply(draft: ImportDraft, warn: WarnFunction): void;
}

export function createImportDraft(source: string): ImportDraft {
  return {
    source,
    lines: [],
    blocks: [],
    briefs: [],
    meta: {
      kicker: '',
      headline: '',
      region: '',
      outlet: '',
      houseStyle: null,
      reporters: [],
      registeredAt: null,
      outletHints: [],
    },
  };
}
