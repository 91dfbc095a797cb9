import { createElement } from 'react';
// The bare entry resolves to the browser build in Vite and to the Node build in Node. `react-dom/server.browser`
// would work in both too, but under Node it opens a MessageChannel that keeps the process from exiting.
import { renderToStaticMarkup } from 'react-dom/server';
import { articleStylesheet } from './article-stylesheet';
import { escapeHtml } from './escape-html';
import { layoutRoundup, type LayoutOptions, type RoundupRenderInput } from './layout-roundup';
import { RoundupArticle } from './roundup-article';

/**
 * Nothing but inline styles and images may load; no script, frame, form target or base URL. `base-uri` and
 * `form-action` are listed because `default-src` does not cover them.
 */
export const standaloneContentSecurityPolicy =
  "default-src 'none'; img-src 'self' data: https: http:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const untitled = '제목 없음';

const pageStylesheet = `
html { background: #fff; }
body { margin: 0; }
@page { size: A4; margin: 18mm 16mm; }
`;

/**
 * The roundup as a self-contained HTML document: the same `RoundupArticle` markup and stylesheet as the preview,
 * no script, every piece of roundup text escaped (React escapes the article; the title is escaped here).
 */
export function renderStandaloneHtml(input: RoundupRenderInput, options: LayoutOptions): string {
  const layout = layoutRoundup(input, options);
  const article = renderToStaticMarkup(createElement(RoundupArticle, { layout }));
  const title = layout.title === '' ? untitled : layout.title;
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${standaloneContentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${pageStylesheet}${articleStylesheet}</style>
</head>
<body>
${article}
</body>
</html>
`;
}
