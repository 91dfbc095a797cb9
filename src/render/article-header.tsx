import type { ArticleLayout, ArticleTimestamp } from './article-layout';

function Timestamp({ timestamp }: { timestamp: ArticleTimestamp }) {
  return (
    <p className="bureau-article__timestamp">
      {timestamp.label} <time dateTime={timestamp.isoDateTime}>{timestamp.text}</time>
    </p>
  );
}

/** Kicker, headline and the 등록/수정 lines. */
export function ArticleHeader({ layout }: { layout: ArticleLayout }) {
  return (
    <header className="bureau-article__header">
      {layout.kickerLabel !== '' && <p className="bureau-article__kicker">{layout.kickerLabel}</p>}
      <h1 className="bureau-article__headline">{layout.headline}</h1>
      {(layout.registered !== null || layout.updated !== null) && (
        <div className="bureau-article__timestamps">
          {layout.registered !== null && <Timestamp timestamp={layout.registered} />}
          {layout.updated !== null && <Timestamp timestamp={layout.updated} />}
        </div>
      )}
    </header>
  );
}
