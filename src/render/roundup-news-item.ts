import type { FigureBlock } from './article-layout';
import type { ExportPublicationStatus, RoundupExportOptions } from './export-options';
import { exportPhotoUrl } from './export-photo-url';
import { getHouseStyle } from './house-styles/house-styles';
import { toKoreaDateTime, type KoreaDateTime } from './korea-date-time';
import { layoutRoundup, type RoundupRenderInput } from './layout-roundup';
import { printableText } from './printable-text';
import { renderXhtmlArticleBody } from './xhtml-article-body';

export interface NewsItemReporter {
  readonly name: string;
  readonly email: string;
}

/** A photo of the roundup as a news item links it: one per figure that has a photo with a fetchable URL. */
export interface NewsItemPhoto {
  /** `photo-1`, `photo-2`, … in reading order: an XML id and a ninjs association name. */
  readonly localId: string;
  readonly photoId: string;
  readonly href: string;
  readonly width: number | null;
  readonly height: number | null;
  readonly alt: string;
  readonly caption: string;
  readonly credit: string;
}

/** A roundup as the news exchange formats (NewsML-G2, ninjs) describe it; every text is printable and trimmed. */
export interface RoundupNewsItem {
  readonly uri: string;
  readonly version: number;
  readonly language: 'ko';
  /** The outlet, as named in the dateline. */
  readonly provider: string;
  /** 등록, ISO 8601 in Korea time; null while the roundup has none. */
  readonly firstCreated: string | null;
  readonly versionCreated: string;
  readonly publicationStatus: ExportPublicationStatus;
  /** `[광주소식]광산구, …`. */
  readonly title: string;
  readonly headline: string;
  /** The kicker without brackets (`광주소식`): the desk's label for the item. */
  readonly slugline: string;
  readonly dateline: string;
  /** `신대희 기자`; empty without reporters. */
  readonly byline: string;
  /** The region the roundup is filed from (`광주`). */
  readonly located: string;
  readonly reporters: readonly NewsItemReporter[];
  readonly photos: readonly NewsItemPhoto[];
  /** The article body as an XHTML fragment (`renderXhtmlArticleBody`). */
  readonly bodyXhtml: string;
}

// An absolute URI in ASCII: what NewsML-G2 receivers and ninjs' `format: uri` accept as an identifier.
const absoluteUriPattern = /^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

function clean(text: string): string {
  return printableText(text).trim();
}

function later(first: KoreaDateTime | null, second: KoreaDateTime | null): KoreaDateTime | null {
  if (first === null) return second;
  if (second === null) return first;
  return second.epochMilliseconds > first.epochMilliseconds ? second : first;
}

function momentOf(date: Date): KoreaDateTime {
  const moment = toKoreaDateTime(date.toISOString());
  if (moment === null) throw new RangeError('now must be a valid date');
  return moment;
}

/**
 * Describes a roundup for a news exchange format from the same layout as the preview: identity and times from the
 * options and metadata, texts in the house style, photos with absolute URLs, the body as XHTML.
 */
export function describeRoundupNewsItem(input: RoundupRenderInput, options: RoundupExportOptions): RoundupNewsItem {
  if (!absoluteUriPattern.test(options.itemUri)) {
    throw new RangeError(`itemUri must be an absolute ASCII URI (urn:bureau:roundup:<id>), got "${options.itemUri}"`);
  }
  const version = options.version ?? 1;
  if (!Number.isSafeInteger(version) || version < 1) {
    throw new RangeError(`version must be a positive integer, got ${version}`);
  }

  const layout = layoutRoundup(input, options);
  const style = options.houseStyle ?? getHouseStyle(input.meta.houseStyle);

  const photos: NewsItemPhoto[] = [];
  const photoUrls = new Map<FigureBlock, string>();
  for (const block of layout.briefs.flatMap((brief) => brief.blocks)) {
    if (block.kind !== 'figure' || block.photoId === null) continue;
    const href = exportPhotoUrl(block.src, options.baseUrl);
    if (href === null) continue;
    photoUrls.set(block, href);
    photos.push({
      localId: `photo-${photos.length + 1}`,
      photoId: block.photoId,
      href,
      width: block.width,
      height: block.height,
      alt: clean(block.alt),
      caption: clean(block.captionRuns.map((run) => run.text).join('')),
      credit: clean(block.credit),
    });
  }

  const reporters = input.meta.reporters
    .map((reporter) => ({ name: clean(reporter.name), email: clean(reporter.email) }))
    .filter((reporter) => reporter.name !== '');
  const names = reporters.map((reporter) => reporter.name).join(style.reporterSeparator);

  const registered = toKoreaDateTime(input.meta.registeredAt);
  const updated = toKoreaDateTime(input.updatedAt);
  const versionMoment = later(registered, updated) ?? momentOf(options.now ?? new Date());

  return {
    uri: options.itemUri,
    version,
    language: 'ko',
    provider: clean(input.meta.outlet) || style.defaultOutlet,
    firstCreated: registered?.iso ?? null,
    versionCreated: versionMoment.iso,
    publicationStatus: options.publicationStatus ?? 'usable',
    title: clean(layout.title),
    headline: clean(layout.headline),
    slugline: clean(input.meta.kicker),
    dateline: clean(layout.dateline),
    byline: names === '' ? '' : `${names} 기자`,
    located: clean(input.meta.region),
    reporters,
    photos,
    bodyXhtml: renderXhtmlArticleBody(layout, (figure) => photoUrls.get(figure) ?? null),
  };
}
