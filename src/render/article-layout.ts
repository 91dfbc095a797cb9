import type { HouseStyleId } from '@/schema/house-style-id';

/** A stretch of text with the same marks. `href` is set only for links the allowlist accepts. */
export interface InlineRun {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly href: string | null;
}

/** A 등록/수정 line: `등록 2017.12.06 17:35:58`, with the ISO moment for `<time dateTime>`. */
export interface ArticleTimestamp {
  readonly label: string;
  readonly text: string;
  readonly isoDateTime: string;
}

export interface BriefHeadingBlock {
  readonly kind: 'heading';
  readonly marker: string;
  readonly text: string;
  /** The dateline on the article's first heading, which it runs straight into (`… 기자 = ◇광산구, …`); else null. */
  readonly dateline: string | null;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly runs: readonly InlineRun[];
}

export interface FigureBlock {
  readonly kind: 'figure';
  readonly photoId: string | null;
  /** Null when there is no photo yet or its URL is not safe to load: render a placeholder, not an `<img>`. */
  readonly src: string | null;
  readonly width: number | null;
  readonly height: number | null;
  readonly alt: string;
  /** The house style's text before the caption (the dateline), with the separator that follows it. */
  readonly captionLead: string;
  readonly captionRuns: readonly InlineRun[];
  /** The house style's text after the caption (date, credit, outlet suffix), with the separator before it. */
  readonly captionTrail: string;
  readonly credit: string;
  /** The whole caption as the outlet prints it: `captionLead` + caption text + `captionTrail`. */
  readonly captionLine: string;
}

export type BriefBlock = BriefHeadingBlock | ParagraphBlock | FigureBlock;

export interface ArticleBrief {
  /** The brief's stored id (empty while the editor has not assigned one yet); goes into `data-brief-id`. */
  readonly briefId: string;
  /** A DOM id unique within the article for the heading's `◇` + text, which names the brief's section. */
  readonly titleElementId: string;
  /** In reading order, as the house style places them. */
  readonly blocks: readonly BriefBlock[];
}

export interface ArticleClosing {
  readonly emails: readonly string[];
  readonly text: string;
  readonly closingMark: string | null;
}

/** A roundup laid out in one outlet's house style: plain data the React components and the exporters read. */
export interface ArticleLayout {
  readonly houseStyleId: HouseStyleId;
  /** `[광주소식]`, or empty when there is no kicker. */
  readonly kickerLabel: string;
  readonly headline: string;
  /** `[광주소식]광산구, …`: the document title. */
  readonly title: string;
  readonly registered: ArticleTimestamp | null;
  readonly updated: ArticleTimestamp | null;
  readonly dateline: string;
  readonly briefs: readonly ArticleBrief[];
  /** The e-mail line and closing mark; null when there is nothing to print. */
  readonly closing: ArticleClosing | null;
}
