import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import type { ArticleLayout, BriefBlock } from '@/render/article-layout';
import { layoutRoundup } from '@/render/layout-roundup';
import { gwangjuRoundupBody, gwangjuRoundupMetadata } from '@/schema/demo/gwangju-roundup';
import { houseStyleIds, type HouseStyleId } from '@/schema/house-style-id';
import { importRoundupText } from './import-roundup-text';

const outlets: Record<HouseStyleId, string> = { newsis: '뉴시스', yonhap: '연합뉴스', news1: '뉴스1' };

function blockText(block: BriefBlock): string {
  if (block.kind === 'heading') return `${block.dateline === null ? '' : `${block.dateline} `}${block.marker}${block.text}`;
  if (block.kind === 'paragraph') return block.runs.map((run) => run.text).join('');
  return block.captionLine;
}

/** The laid-out roundup as a reader would copy it off the page: one block a line, blank lines between. */
function pageText(layout: ArticleLayout): string {
  const lines = [layout.title];
  if (layout.registered !== null) lines.push(`${layout.registered.label} ${layout.registered.text}`);
  for (const brief of layout.briefs) lines.push(...brief.blocks.map(blockText));
  if (layout.closing !== null) lines.push(layout.closing.text, ...(layout.closing.closingMark === null ? [] : [layout.closing.closingMark]));
  return lines.join('\n\n');
}

/** The demo body as the import can know it: ids in order, photo slots empty, no alt text or size. */
function asImported(body: JSONContent): JSONContent {
  return {
    type: 'doc',
    content: (body.content ?? []).map((brief, index) => ({
      ...brief,
      attrs: { id: `b-${index + 1}` },
      content: (brief.content ?? []).map((node) =>
        node.type === 'figure' ? { ...node, attrs: { photoId: null, alt: '', width: null, height: null } } : node,
      ),
    })),
  };
}

describe('import is the inverse of the house styles', () => {
  it.each(houseStyleIds)('reads back the demo roundup laid out in the %s style', (houseStyle) => {
    const meta = { ...gwangjuRoundupMetadata, houseStyle, outlet: outlets[houseStyle] };
    const layout = layoutRoundup({ meta, body: gwangjuRoundupBody }, { photoUrl: () => null });
    const result = importRoundupText(pageText(layout));
    if (!result.ok) throw new Error(result.error.message);

    // Yonhap and News1 print 등록 to the minute.
    const registeredAt = houseStyle === 'newsis' ? meta.registeredAt : '2017-12-06T17:35:00+09:00';
    expect(result.meta).toEqual({ ...meta, registeredAt });
    expect(result.body).toEqual(asImported(gwangjuRoundupBody));
    expect(result.warnings.map((warning) => warning.code)).toEqual(['photo_missing', 'photo_missing']);
    expect(result.confidence).toBe(1);
  });
});
