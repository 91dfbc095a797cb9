/** The width and medium the article is shown for; the export is responsive and leaves it at `desktop`. */
export type ArticleViewport = 'desktop' | 'mobile' | 'print';
