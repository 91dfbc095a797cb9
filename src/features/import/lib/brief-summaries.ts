import type { ArticleLayout } from '@/render/article-layout';

export interface PhotoSummary {
  caption: string;
  credit: string;
}

export interface BriefSummary {
  heading: string;
  paragraphs: number;
  photos: PhotoSummary[];
}

/** Each brief of a laid-out roundup in a line or two, read from the same layout the preview shows. */
export function briefSummariesOf(layout: ArticleLayout): BriefSummary[] {
  return layout.briefs.map((brief) => {
    let heading = '';
    let paragraphs = 0;
    const photos: PhotoSummary[] = [];
    for (const block of brief.blocks) {
      if (block.kind === 'heading') heading = block.text;
      else if (block.kind === 'paragraph') paragraphs += 1;
      else photos.push({ caption: block.captionRuns.map((run) => run.text).join('').trim(), credit: block.credit });
    }
    return { heading, paragraphs, photos };
  });
}
