import type { FigureBlock } from './article-layout';
import { ArticleInlineRuns } from './article-inline-runs';

const missingPhotoLabel = '사진 없음';

/** A photo with its full caption line; a figure whose photo is missing shows a placeholder box, never a broken image. */
export function ArticleFigure({ block }: { block: FigureBlock }) {
  return (
    <figure className="bureau-article__figure">
      {block.src === null ? (
        <div
          className="bureau-article__photo-placeholder"
          role="img"
          aria-label={block.alt === '' ? missingPhotoLabel : block.alt}
        >
          {missingPhotoLabel}
        </div>
      ) : (
        <img
          className="bureau-article__photo"
          src={block.src}
          alt={block.alt}
          width={block.width ?? undefined}
          height={block.height ?? undefined}
          loading="lazy"
          decoding="async"
        />
      )}
      {block.captionLine !== '' && (
        <figcaption className="bureau-article__caption">
          {block.captionLead}
          <ArticleInlineRuns runs={block.captionRuns} />
          {block.captionTrail}
        </figcaption>
      )}
    </figure>
  );
}
