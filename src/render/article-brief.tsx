import type { ArticleBrief } from './article-layout';
import { ArticleBriefHeading } from './article-brief-heading';
import { ArticleFigure } from './article-figure';
import { ArticleParagraph } from './article-paragraph';

/** One brief as a section named by its heading; `data-brief-id` lets the preview scroll to the brief being edited. */
export function ArticleBriefSection({ brief }: { brief: ArticleBrief }) {
  const titleId = brief.titleElementId;
  return (
    <section
      className="bureau-article__brief"
      aria-labelledby={titleId}
      data-brief-id={brief.briefId === '' ? undefined : brief.briefId}
    >
      {brief.blocks.map((block, index) => {
        switch (block.kind) {
          case 'heading':
            return <ArticleBriefHeading key={index} block={block} titleId={titleId} />;
          case 'paragraph':
            return <ArticleParagraph key={index} block={block} />;
          case 'figure':
            return <ArticleFigure key={index} block={block} />;
        }
      })}
    </section>
  );
}
