import type { JSONContent } from '@tiptap/core';
import type { DraftBrief, BriefItem } from './import-draft';

function textContent(text: string): Pick<JSONContent, 'content'> {
  // The schema refuses empty text nodes: an empty heading or caption has no content at all.
  return text === '' ? {} : { content: [{ type: 'text', text }] };
}

function itemNode(item: BriefItem): JSONContent {
  if (item.kind === 'paragraph') return { type: 'paragraph', ...textContent(item.text) };
  return {
    type: 'figure',
    attrs: { photoId: null, alt: '', width: null, height: null },
    content: [
      { type: 'figureCaption', ...textContent(item.caption) },
      { type: 'figureCredit', ...textContent(item.credit) },
    ],
  };
}

/** The roundup body from the settled briefs, with ids `b-1`, `b-2`, … in reading order. */
export function buildRoundupBody(briefs: readonly DraftBrief[]): JSONContent {
  return {
    type: 'doc',
    content: briefs.map((brief, index) => ({
      type: 'brief',
      attrs: { id: `b-${index + 1}` },
      content: [{ type: 'briefHeading', ...textContent(brief.heading) }, ...brief.items.map(itemNode)],
    })),
  };
}
