import type { BriefHeadingBlock } from './article-layout';

/**
 * `◇` + the brief's heading. When the dateline opens the article it runs into the first heading, as on the printed
 * page; the heading and its section are then named by the heading text alone, not by the dateline.
 */
export function ArticleBriefHeading({ block, titleId }: { block: BriefHeadingBlock; titleId: string }) {
  return (
    <h2 className="bureau-article__brief-heading" aria-labelledby={block.dateline === null ? undefined : titleId}>
      {block.dateline !== null && (
        <>
          <span className="bureau-article__dateline">{block.dateline}</span>{' '}
        </>
      )}
      <span id={titleId} className="bureau-article__brief-title">
        <span className="bureau-article__brief-marker">{block.marker}</span>
        {block.text}
      </span>
    </h2>
  );
}
