import type { RoundupExportOptions } from './export-options';
import type { RoundupRenderInput } from './layout-roundup';
import { describeRoundupNewsItem, type NewsItemPhoto } from './roundup-news-item';

export const ninjsSchemaUri = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#';

interface NinjsText {
  readonly role: string;
  readonly contenttype: string;
  readonly value: string;
}

export interface NinjsRendition {
  readonly name: string;
  readonly href: string;
  readonly width?: number;
  readonly height?: number;
}

export interface NinjsPictureAssociation {
  readonly name: string;
  readonly uri: string;
  readonly type: 'picture';
  readonly by?: string;
  readonly descriptions?: readonly NinjsText[];
  readonly renditions: readonly NinjsRendition[];
}

/** The part of IPTC ninjs 2.2 that a roundup fills. Property names are 2.x's (lower case, `headlines`, `bodies`). */
export interface NinjsDocument {
  readonly uri: string;
  readonly standard: { readonly name: 'ninjs'; readonly version: '2.2'; readonly schema: string };
  readonly type: 'text';
  readonly version: string;
  readonly firstcreated?: string;
  readonly versioncreated: string;
  readonly pubstatus: 'usable' | 'withheld' | 'canceled';
  readonly language: string;
  readonly title?: string;
  readonly slugline?: string;
  readonly headlines?: readonly NinjsText[];
  readonly by?: string;
  readonly located?: string;
  readonly bodies: readonly NinjsText[];
  readonly associations?: readonly NinjsPictureAssociation[];
}

/** Leaves out what is empty: ninjs has no required texts, and `""` would claim a value that is not there. */
function present<Value>(value: Value | null | undefined): value is Value {
  return value !== null && value !== undefined && value !== '';
}

function picture(photo: NewsItemPhoto): NinjsPictureAssociation {
  const rendition: NinjsRendition = {
    name: 'original',
    href: photo.href,
    ...(photo.width === null ? {} : { width: photo.width }),
    ...(photo.height === null ? {} : { height: photo.height }),
  };
  const descriptions = [
    present(photo.caption) ? { role: 'caption', contenttype: 'text/plain', value: photo.caption } : null,
    present(photo.alt) ? { role: 'alt', contenttype: 'text/plain', value: photo.alt } : null,
  ].filter(present);
  return {
    name: photo.localId,
    uri: photo.href,
    type: 'picture',
    ...(present(photo.credit) ? { by: photo.credit } : {}),
    ...(descriptions.length === 0 ? {} : { descriptions }),
    renditions: [rendition],
  };
}

/**
 * The roundup as an IPTC ninjs 2.2 news item (`application/json`), valid against IPTC's JSON Schema. ninjs 1.x's
 * `headline`, `body_html` and `description_text` are 2.x's `headlines[]`, `bodies[]` and `descriptions[]`: the body
 * is the same escaped XHTML as the NewsML-G2 export, and each photo is a `picture` association whose caption is a
 * description and whose credit is its `by`.
 */
export function exportNinjs(input: RoundupRenderInput, options: RoundupExportOptions): NinjsDocument {
  const item = describeRoundupNewsItem(input, options);
  const associations = item.photos.map(picture);
  return {
    uri: item.uri,
    standard: { name: 'ninjs', version: '2.2', schema: ninjsSchemaUri },
    type: 'text',
    version: String(item.version),
    ...(present(item.firstCreated) ? { firstcreated: item.firstCreated } : {}),
    versioncreated: item.versionCreated,
    pubstatus: item.publicationStatus,
    language: item.language,
    ...(present(item.title) ? { title: item.title } : {}),
    ...(present(item.slugline) ? { slugline: item.slugline } : {}),
    ...(present(item.headline)
      ? { headlines: [{ role: 'main', contenttype: 'text/plain', value: item.headline }] }
      : {}),
    ...(present(item.byline) ? { by: item.byline } : {}),
    ...(present(item.located) ? { located: item.located } : {}),
    bodies: [{ role: 'main', contenttype: 'application/xhtml+xml', value: item.bodyXhtml }],
    ...(associations.length === 0 ? {} : { associations }),
  };
}
