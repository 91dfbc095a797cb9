import { photoIdPattern } from '@/schema/nodes/figure';
import type { RoundupMetadata } from '@/schema/roundup-metadata';
import type {
  ArticleBrief,
  ArticleClosing,
  ArticleLayout,
  ArticleTimestamp,
  BriefBlock,
  BriefHeadingBlock,
  FigureBlock,
  InlineRun,
} from './article-layout';
import { fillLineTemplate, fillTemplatePart, fillTemplateParts, type TemplateValues } from './fill-line-template';
import type { HouseStyle } from './house-styles/house-style';
import { getHouseStyle } from './house-styles/house-styles';
import { isAllowedImageSource } from './image-source';
import { isRecord } from '@/schema/is-record';
import { toKoreaDateTime, type KoreaDateTime } from './korea-date-time';
import { readInlineRuns } from './read-inline-runs';

/** What the renderer needs of a roundup; a stored `Roundup` fits, and so does the editor's unsaved state. */
export interface RoundupRenderInput {
  readonly meta: RoundupMetadata;
  /** ProseMirror JSON of the body, possibly incomplete; read defensively. */
  readonly body: unknown;
  /** 수정: the last saved change. A 수정 line is shown only when it is later than 등록. */
  readonly updatedAt?: string | null;
}

export interface LayoutOptions {
  /** The URL to load a stored photo from; null when there is none (a placeholder is drawn instead). */
  readonly photoUrl: (photoId: string) => string | null;
  /** Overrides the style named by `meta.houseStyle`, e.g. to preview another outlet. */
  readonly houseStyle?: HouseStyle;
  /** Prefix for DOM ids, so two articles on one page (preview beside a diff) do not clash. */
  readonly idPrefix?: string;
}

const safeIdPattern = /^[A-Za-z0-9_-]{1,80}$/;

function childrenOf(node: unknown): unknown[] {
  return isRecord(node) && Array.isArray(node.content) ? node.content : [];
}

function typeOf(node: unknown): string | null {
  return isRecord(node) && typeof node.type === 'string' ? node.type : null;
}

function plainText(runs: readonly InlineRun[]): string {
  return runs.map((run) => run.text).join('');
}

function positiveInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

function timestamp(label: string, moment: KoreaDateTime, style: HouseStyle): ArticleTimestamp {
  return { label, text: fillTemplatePart(style.dateTimeFormat, moment.fields) ?? '', isoDateTime: moment.iso };
}

function layoutFigure(node: unknown, style: HouseStyle, captionValues: TemplateValues, options: LayoutOptions): FigureBlock {
  const attrs = isRecord(node) && isRecord(node.attrs) ? node.attrs : {};
  const photoId = typeof attrs.photoId === 'string' && photoIdPattern.test(attrs.photoId) ? attrs.photoId : null;
  const url = photoId === null ? null : options.photoUrl(photoId);
  const children = childrenOf(node);
  const captionRuns = readInlineRuns(children.find((child) => typeOf(child) === 'figureCaption'));
  const credit = plainText(readInlineRuns(children.find((child) => typeOf(child) === 'figureCredit'))).trim();

  const { separator } = style.caption;
  const values = { ...captionValues, credit };
  const before = fillTemplateParts(style.caption.before, values).join(separator);
  const after = fillTemplateParts(style.caption.after, values).join(separator);
  const captionText = plainText(captionRuns);
  const hasCaption = captionText.trim() !== '';
  const captionLead = before === '' ? '' : before + (hasCaption || after !== '' ? separator : '');
  const captionTrail = after === '' ? '' : (hasCaption ? separator : '') + after;

  return {
    kind: 'figure',
    photoId,
    src: url !== null && isAllowedImageSource(url) ? url : null,
    width: positiveInteger(attrs.width),
    height: positiveInteger(attrs.height),
    alt: typeof attrs.alt === 'string' ? attrs.alt : '',
    captionLead,
    captionRuns: hasCaption ? captionRuns : [],
    captionTrail,
    credit,
    captionLine: captionLead + (hasCaption ? captionText : '') + captionTrail,
  };
}

/** A brief's blocks in reading order; Newsis-style houses move the photos above the heading. */
function layoutBriefBlocks(
  brief: unknown,
  headingDateline: string | null,
  style: HouseStyle,
  captionValues: TemplateValues,
  options: LayoutOptions,
): BriefBlock[] {
  const children = childrenOf(brief);
  const headingNode = children.find((child) => typeOf(child) === 'briefHeading');
  const heading: BriefHeadingBlock = {
    kind: 'heading',
    marker: style.briefMarker,
    text: plainText(readInlineRuns(headingNode)).trim(),
    dateline: headingDateline,
  };
  const figures: FigureBlock[] = [];
  const flow: BriefBlock[] = [];
  for (const child of children) {
    const type = typeOf(child);
    if (type === 'figure') {
      const figure = layoutFigure(child, style, captionValues, options);
      (style.figurePlacement === 'before-heading' ? figures : flow).push(figure);
    } else if (type === 'paragraph') {
      const runs = readInlineRuns(child);
      // An empty paragraph is the editor's cursor line, not story.
      if (runs.length > 0) flow.push({ kind: 'paragraph', runs });
    }
  }
  return [...figures, heading, ...flow];
}

function reporterValues(meta: RoundupMetadata, style: HouseStyle): { names: string; emails: string[] } {
  const names = meta.reporters.map((reporter) => reporter.name.trim()).filter((name) => name !== '');
  const emails = meta.reporters.map((reporter) => reporter.email.trim()).filter((email) => email !== '');
  return { names: names.join(style.reporterSeparator), emails };
}

function uniqueElementId(candidate: string, taken: Set<string>): string {
  let id = candidate;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${candidate}-${suffix}`;
  taken.add(id);
  return id;
}

/**
 * Lays a roundup out in its house style: kicker, headline, 등록/수정, dateline, briefs with their marker, photos with
 * full caption lines, and the closing e-mail line. Pure and total: an empty or half-written draft lays out too.
 */
export function layoutRoundup(input: RoundupRenderInput, options: LayoutOptions): ArticleLayout {
  const { meta } = input;
  const style = options.houseStyle ?? getHouseStyle(meta.houseStyle);
  const idPrefix = options.idPrefix ?? 'bureau-article';

  const kicker = meta.kicker.trim();
  const headline = meta.headline.trim();
  const kickerLabel = kicker === '' ? '' : (fillTemplatePart(style.kickerLabel, { kicker }) ?? '');
  const outlet = meta.outlet.trim() || style.defaultOutlet;
  const reporters = reporterValues(meta, style);
  const dateline = fillLineTemplate(style.dateline, {
    region: meta.region.trim(),
    outlet,
    reporters: reporters.names,
  });

  const registeredMoment = toKoreaDateTime(meta.registeredAt);
  const updatedMoment = toKoreaDateTime(input.updatedAt);
  const registered = registeredMoment === null ? null : timestamp(style.registeredLabel, registeredMoment, style);
  const wasUpdated =
    registeredMoment !== null &&
    updatedMoment !== null &&
    Math.floor(updatedMoment.epochMilliseconds / 1000) > Math.floor(registeredMoment.epochMilliseconds / 1000);
  const updated = wasUpdated ? timestamp(style.updatedLabel, updatedMoment, style) : null;

  const captionValues: TemplateValues = {
    dateline,
    outlet,
    date: registeredMoment === null ? '' : (fillTemplatePart(style.captionDate, registeredMoment.fields) ?? ''),
  };

  const takenIds = new Set<string>();
  // The editor's schema allows only briefs at the top level; anything else in an unsaved document is not story.
  const briefs: ArticleBrief[] = childrenOf(input.body)
    .filter((node) => typeOf(node) === 'brief')
    .map((node, index) => {
      const attrs = isRecord(node) && isRecord(node.attrs) ? node.attrs : {};
      const briefId = typeof attrs.id === 'string' ? attrs.id : '';
      const key = safeIdPattern.test(briefId) ? briefId : String(index + 1);
      // Every brief has a heading block, so the first brief's heading is the article's first text.
      const headingDateline = index === 0 && dateline !== '' ? dateline : null;
      const blocks = layoutBriefBlocks(node, headingDateline, style, captionValues, options);
      return { briefId, titleElementId: uniqueElementId(`${idPrefix}-brief-${key}`, takenIds), blocks };
    });

  const closing: ArticleClosing | null =
    reporters.emails.length === 0 && style.closingMark === null
      ? null
      : { emails: reporters.emails, text: reporters.emails.join(style.emailSeparator), closingMark: style.closingMark };

  return {
    houseStyleId: style.id,
    kickerLabel,
    headline,
    title: fillLineTemplate(style.title, { kickerLabel, headline }),
    registered,
    updated,
    dateline,
    briefs,
    closing,
  };
}
