import type { ArticleLayout } from './article-layout';
import { ArticleBriefSection } from './article-brief';
import { ArticleClosingLines } from './article-closing';
import { ArticleHeader } from './article-header';
import type { ArticleViewport } from './article-viewport';

export interface RoundupArticleProps {
  layout: ArticleLayout;
  viewport?: ArticleViewport;
}

/**
 * The published roundup. The editor's preview and the standalone export render exactly this, styled by
 * `articleStylesheet`.
 */
export function RoundupArticle({ layout, viewport = 'desktop' }: RoundupArticleProps) {
  return (
    <article
      className={`bureau-article bureau-article--${viewport}`}
      lang="ko"
      data-house-style={layout.houseStyleId}
    >
      <ArticleHeader layout={layout} />
      <div className="bureau-article__body">
        {layout.briefs.map((brief) => (
          <ArticleBriefSection key={brief.titleElementId} brief={brief} />
        ))}
      </div>
      {layout.closing !== null && <ArticleClosingLines closing={layout.closing} />}
    </article>
  );
}
