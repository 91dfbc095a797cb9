import type { ArticleLayout, BriefBlock, InlineRun } from './article-layout';
import { layoutRoundup, type LayoutOptions, type RoundupRenderInput } from './layout-roundup';
import { printableText } from './printable-text';

function runsText(runs: readonly InlineRun[]): string {
  return runs.map((run) => run.text).join('');
}

function blockText(block: BriefBlock): string {
  switch (block.kind) {
    case 'heading': {
      const heading = block.text === '' ? '' : block.marker + block.text;
      return [block.dateline ?? '', heading].filter((part) => part !== '').join(' ');
    }
    case 'paragraph':
      return runsText(block.runs);
    case 'figure':
      // Without caption or credit the line would be the house style's frame around nothing.
      return block.captionRuns.length === 0 && block.credit === '' ? '' : block.captionLine;
  }
}

/** The laid-out article as wire copy: one block per line, blocks separated by a blank line. */
export function wireTextFromLayout(layout: ArticleLayout): string {
  const blocks = layout.briefs.flatMap((brief) => brief.blocks.map(blockText));
  if (layout.closing !== null) blocks.push(layout.closing.text, layout.closing.closingMark ?? '');
  const lines = blocks.map((text) => printableText(text).trim()).filter((text) => text !== '');
  return lines.length === 0 ? '' : `${lines.join('\n\n')}\n`;
}

/**
 * The roundup as plain wire text in its house style, the story as the outlet prints it: the dateline running into
 * the first `◇` heading, paragraphs, each photo's full caption line where the house places it (Newsis: above the
 * brief), the reporters' e-mail line and any closing mark (Yonhap's `(끝)`). Headline and 등록 time travel as
 * metadata, not in the story text. Built from the same layout as the preview and the HTML page.
 */
export function exportWireText(input: RoundupRenderInput, options: LayoutOptions): string {
  return wireTextFromLayout(layoutRoundup(input, options));
}
