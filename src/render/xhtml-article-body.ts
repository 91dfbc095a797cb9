import type { ArticleBrief, ArticleLayout, BriefBlock, FigureBlock, InlineRun } from './article-layout';
import { escapeXml } from './escape-xml';

function inlineRuns(runs: readonly InlineRun[]): string {
  return runs
    .map((run) => {
      let markup = escapeXml(run.text);
      if (run.italic) markup = `<em>${markup}</em>`;
      if (run.bold) markup = `<strong>${markup}</strong>`;
      if (run.href !== null) markup = `<a href="${escapeXml(run.href)}">${markup}</a>`;
      return markup;
    })
    .join('');
}

function dimension(name: string, value: number | null): string {
  return value === null ? '' : ` ${name}="${value}"`;
}

function figure(block: FigureBlock, imageUrl: string | null): string | null {
  const hasCaption = block.captionRuns.length > 0;
  if (imageUrl === null && !hasCaption && block.credit === '') return null;
  const size = dimension('width', block.width) + dimension('height', block.height);
  const image = imageUrl === null ? '' : `<img src="${escapeXml(imageUrl)}" alt="${escapeXml(block.alt)}"${size}/>`;
  const caption = [
    hasCaption ? `<span class="caption">${inlineRuns(block.captionRuns)}</span>` : '',
    block.credit === '' ? '' : `<span class="credit">${escapeXml(block.credit)}</span>`,
  ]
    .filter((part) => part !== '')
    .join(' ');
  return `<figure>${image}${caption === '' ? '' : `<figcaption>${caption}</figcaption>`}</figure>`;
}

function block(block: BriefBlock, imageUrl: (figure: FigureBlock) => string | null): string | null {
  switch (block.kind) {
    case 'heading': {
      const dateline = block.dateline === null ? null : `<p class="dateline">${escapeXml(block.dateline)}</p>`;
      const heading = block.text === '' ? null : `<h2>${escapeXml(block.marker + block.text)}</h2>`;
      return [dateline, heading].filter((part) => part !== null).join('\n') || null;
    }
    case 'paragraph':
      return `<p>${inlineRuns(block.runs)}</p>`;
    case 'figure':
      return figure(block, imageUrl(block));
  }
}

function section(brief: ArticleBrief, imageUrl: (figure: FigureBlock) => string | null): string {
  const blocks = brief.blocks.map((each) => block(each, imageUrl)).filter((markup) => markup !== null);
  return ['<section>', ...blocks.map((markup) => markup.replace(/^/gm, '  ')), '</section>'].join('\n');
}

/**
 * The article body as an XHTML fragment for news exchange formats: one `section` per brief holding the `◇` heading
 * as `h2`, paragraphs, and photos as `figure` (`img` only when the photo has a URL a receiver can fetch) with the
 * caption and credit in `figcaption`; the dateline before the first heading and the e-mail line at the end, in the
 * house style's order. Every text and attribute is escaped; the result is well-formed XML whatever the input.
 */
export function renderXhtmlArticleBody(
  layout: ArticleLayout,
  imageUrl: (figure: FigureBlock) => string | null,
): string {
  const parts = layout.briefs.map((brief) => section(brief, imageUrl));
  if (layout.closing !== null) {
    if (layout.closing.text !== '') parts.push(`<p class="email">${escapeXml(layout.closing.text)}</p>`);
    if (layout.closing.closingMark !== null) {
      parts.push(`<p class="closing-mark">${escapeXml(layout.closing.closingMark)}</p>`);
    }
  }
  return parts.join('\n');
}
