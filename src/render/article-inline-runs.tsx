import { Fragment, type ReactNode } from 'react';
import type { InlineRun } from './article-layout';

function renderRun(run: InlineRun): ReactNode {
  let content: ReactNode = run.text;
  if (run.italic) content = <em>{content}</em>;
  if (run.bold) content = <strong>{content}</strong>;
  if (run.href !== null) {
    content = (
      <a className="bureau-article__link" href={run.href} rel="noopener noreferrer nofollow">
        {content}
      </a>
    );
  }
  return content;
}

/** Text with bold, italic and (allowlisted) links, as laid out by `readInlineRuns`. */
export function ArticleInlineRuns({ runs }: { runs: readonly InlineRun[] }) {
  return runs.map((run, index) => <Fragment key={index}>{renderRun(run)}</Fragment>);
}
