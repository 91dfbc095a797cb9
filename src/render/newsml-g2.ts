import { escapeXml } from './escape-xml';
import type { RoundupExportOptions } from './export-options';
import type { RoundupRenderInput } from './layout-roundup';
import { describeRoundupNewsItem, type NewsItemPhoto, type RoundupNewsItem } from './roundup-news-item';

const narNamespace = 'http://iptc.org/std/nar/2006-10-01/';
const xhtmlNamespace = 'http://www.w3.org/1999/xhtml';
/** Defines the IPTC schemes of the QCodes used here: ninat, stat, drol. */
const iptcCatalog = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml';

function element(name: string, text: string, attributes = ''): string {
  return text === '' ? '' : `<${name}${attributes}>${escapeXml(text)}</${name}>`;
}

function lines(indent: string, parts: readonly string[]): string {
  return parts
    .filter((part) => part !== '')
    .map((part) => indent + part)
    .join('\n');
}

function creator(reporter: RoundupNewsItem['reporters'][number]): string {
  const details =
    reporter.email === ''
      ? ''
      : `<personDetails><contactInfo><email>${escapeXml(reporter.email)}</email></contactInfo></personDetails>`;
  return `<creator><name>${escapeXml(reporter.name)}</name>${details}</creator>`;
}

/** Caption and credit of one photo, tied to its `remoteContent` by id: NewsML-G2's metadata for a content part. */
function photoPartMeta(photo: NewsItemPhoto): string {
  const parts = [
    element('creditline', photo.credit),
    element('description', photo.caption, ' role="drol:caption"'),
  ].filter((part) => part !== '');
  return `<partMeta partid="${photo.localId}-meta" contentrefs="${photo.localId}">${parts.join('')}</partMeta>`;
}

function remoteContent(photo: NewsItemPhoto): string {
  const size = [
    photo.width === null ? '' : ` width="${photo.width}"`,
    photo.height === null ? '' : ` height="${photo.height}"`,
  ].join('');
  return `<remoteContent id="${photo.localId}" href="${escapeXml(photo.href)}"${size}/>`;
}

/**
 * The roundup as a NewsML-G2 2.35 `newsItem` (Power conformance; `application/vnd.iptc.g2.newsitem+xml`), valid
 * against IPTC's XML Schema: itemMeta (ninat:text, provider, times, pubStatus), contentMeta (reporters as creators,
 * slugline = kicker, headline, dateline, by, located, language ko), and a contentSet holding the XHTML body in
 * `inlineXML` and one `remoteContent` per photo, whose caption and credit are in a `partMeta` pointing at it.
 */
export function exportNewsMlG2(input: RoundupRenderInput, options: RoundupExportOptions): string {
  const item = describeRoundupNewsItem(input, options);

  const itemMeta = lines('    ', [
    '<itemClass qcode="ninat:text"/>',
    `<provider literal="${escapeXml(item.provider)}"><name>${escapeXml(item.provider)}</name></provider>`,
    element('versionCreated', item.versionCreated),
    element('firstCreated', item.firstCreated ?? ''),
    `<pubStatus qcode="stat:${item.publicationStatus}"/>`,
    element('title', item.title),
  ]);
  const contentMeta = lines('    ', [
    item.located === '' ? '' : `<located><name>${escapeXml(item.located)}</name></located>`,
    ...item.reporters.map(creator),
    `<language tag="${item.language}"/>`,
    element('slugline', item.slugline),
    element('headline', item.headline),
    element('dateline', item.dateline),
    element('by', item.byline),
  ]);
  const body = item.bodyXhtml
    .split('\n')
    .map((line) => `          ${line}`)
    .join('\n');

  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="${narNamespace}" guid="${escapeXml(item.uri)}" version="${item.version}"
    standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="${item.language}">
  <catalogRef href="${iptcCatalog}"/>
  <itemMeta>
${itemMeta}
  </itemMeta>
  <contentMeta>
${contentMeta}
  </contentMeta>
${lines('  ', item.photos.map(photoPartMeta))}${item.photos.length === 0 ? '' : '\n'}  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="${xhtmlNamespace}" xml:lang="${item.language}" lang="${item.language}">
        <head><title>${escapeXml(item.title)}</title></head>
        <body>
${body}
        </body>
      </html>
    </inlineXML>
${lines('    ', item.photos.map(remoteContent))}${item.photos.length === 0 ? '' : '\n'}  </contentSet>
</newsItem>
`;
}
