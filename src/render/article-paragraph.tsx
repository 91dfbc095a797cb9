import type { ParagraphBlock } from './article-layout';
import { ArticleInlineRuns } from './article-inline-runs';

export function ArticleParagraph({ block }: { block: ParagraphBlock }) {
  return (
    <p className="bureau-article__paragraph">
      <ArticleInlineRuns runs={block.runs} />
    </p>
  );
}
