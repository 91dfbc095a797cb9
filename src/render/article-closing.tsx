import type { ArticleClosing } from './article-layout';

/** The reporters' e-mail line and the outlet's closing mark. */
export function ArticleClosingLines({ closing }: { closing: ArticleClosing }) {
  return (
    <footer className="bureau-article__footer">
      {closing.text !== '' && <p className="bureau-article__email">{closing.text}</p>}
      {closing.closingMark !== null && <p className="bureau-article__closing-mark">{closing.closingMark}</p>}
    </footer>
  );
}
