const sansStack = `"Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", "맑은 고딕", "Nanum Gothic", sans-serif`;
const serifStack = `"Noto Serif KR", "Noto Serif CJK KR", "Nanum Myeongjo", "AppleMyungjo", "Batang", "바탕", serif`;

/** Narrow-screen rules, shared by the `mobile` preview and the export on a phone. */
function mobileRules(scope: string): string {
  return `
${scope} { --bureau-article-body-size: 16px; padding: 20px 16px 32px; }
${scope} .bureau-article__headline { font-size: 23px; }
${scope} .bureau-article__brief-heading { font-size: 17px; margin-top: 28px; }
${scope} .bureau-article__brief { --bureau-article-brief-bleed: 16px; }
${scope} .bureau-article__figure { margin: 22px -16px; }
${scope} .bureau-article__caption { padding: 0 16px; font-size: 13px; }
`;
}

/** Paper rules, shared by the `print` preview and real printing. */
function printRules(scope: string): string {
  return `
${scope} { --bureau-article-body-size: 11pt; color: #000; background: #fff; font-family: ${serifStack}; line-height: 1.75; }
${scope} .bureau-article__kicker,
${scope} .bureau-article__timestamps,
${scope} .bureau-article__caption,
${scope} .bureau-article__footer { color: #000; }
${scope} .bureau-article__header { border-bottom-color: #000; }
${scope} .bureau-article__headline { font-size: 20pt; }
${scope} .bureau-article__brief { --bureau-article-brief-bleed: 0px; }
${scope} .bureau-article__brief-heading { font-size: 12pt; break-after: avoid; page-break-after: avoid; break-inside: avoid; }
${scope} .bureau-article__paragraph { orphans: 3; widows: 3; }
${scope} .bureau-article__figure { break-inside: avoid; page-break-inside: avoid; margin: 14pt 0; }
${scope} .bureau-article__photo { max-height: 9cm; width: auto; max-width: 100%; margin: 0 auto; background: none; }
${scope} .bureau-article__photo-placeholder { background: none; border: 1px solid #000; color: #000; }
${scope} .bureau-article__caption { font-size: 9pt; }
${scope} .bureau-article__link { color: #000; text-decoration: none; }
${scope} .bureau-article__link::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
${scope} .bureau-article__footer { border-top-color: #000; }
`;
}

/**
 * The article's look, as a plain CSS string (not Tailwind) so the editor's preview and the standalone export are
 * styled by the same text. Every selector is scoped under `.bureau-article` to keep it from leaking into the app.
 */
export const articleStylesheet = `
.bureau-article {
  --bureau-article-body-size: 17px;
  box-sizing: border-box;
  max-width: 680px;
  margin: 0 auto;
  padding: 36px 24px 48px;
  background: #fff;
  color: #1b1b1b;
  font-family: ${sansStack};
  font-size: var(--bureau-article-body-size);
  line-height: 1.8;
  letter-spacing: -0.01em;
  word-break: keep-all;
  overflow-wrap: anywhere;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
.bureau-article *, .bureau-article *::before, .bureau-article *::after { box-sizing: inherit; }
.bureau-article__header { margin-bottom: 28px; padding-bottom: 16px; border-bottom: 1px solid #1b1b1b; }
.bureau-article__kicker { margin: 0 0 6px; color: #b0122b; font-size: 15px; font-weight: 700; line-height: 1.4; }
.bureau-article__headline {
  margin: 0 0 14px;
  font-size: 30px;
  font-weight: 700;
  line-height: 1.38;
  letter-spacing: -0.03em;
}
.bureau-article__headline:empty::before { content: "제목 없음"; color: #9a9a9a; font-weight: 400; }
.bureau-article__timestamps { display: flex; flex-wrap: wrap; gap: 2px 18px; color: #5f5f5f; font-size: 13px; line-height: 1.6; }
.bureau-article__timestamp { margin: 0; }
.bureau-article__timestamp time { font-variant-numeric: tabular-nums; }
/* Briefs off screen skip style, layout and paint: a 200-brief preview lays out only what is in view. That makes each
   brief its own layout root, so margins no longer collapse across briefs: the last child's bottom margin goes and
   the next heading's top margin alone makes the gap, as the collapsed margins did. It also clips what a brief paints
   to its box: side padding, taken back by a negative margin, leaves room for focus rings and photos that bleed. */
.bureau-article__brief {
  --bureau-article-brief-bleed: 6px;
  margin: 0 calc(-1 * var(--bureau-article-brief-bleed));
  padding: 0 var(--bureau-article-brief-bleed);
  content-visibility: auto;
  contain-intrinsic-size: auto 900px;
}
.bureau-article__brief > :last-child { margin-bottom: 0; }
.bureau-article__brief-heading { margin: 36px 0 12px; font-size: 18px; font-weight: 700; line-height: 1.6; }
.bureau-article__brief:first-child .bureau-article__brief-heading:first-child { margin-top: 0; }
.bureau-article__brief-marker { margin-right: 0.1em; }
/* The dateline runs into the first heading but reads as body text. */
.bureau-article__dateline { font-size: var(--bureau-article-body-size); font-weight: 400; }
.bureau-article__paragraph { margin: 0 0 1.15em; }
.bureau-article__link { color: #0b57d0; text-decoration: underline; text-underline-offset: 0.2em; }
.bureau-article__figure { margin: 28px 0 30px; }
.bureau-article__brief:first-child .bureau-article__figure:first-child { margin-top: 0; }
.bureau-article__photo { display: block; width: 100%; height: auto; background: #eee; }
.bureau-article__photo-placeholder {
  display: flex;
  align-items: center;
  justify-content: center;
  aspect-ratio: 3 / 2;
  border: 1px dashed #b5b5b5;
  background: repeating-linear-gradient(45deg, #f6f6f6 0 12px, #efefef 12px 24px);
  color: #6b6b6b;
  font-size: 14px;
}
.bureau-article__caption { margin-top: 10px; color: #555; font-size: 14px; line-height: 1.65; }
.bureau-article__footer { margin-top: 36px; padding-top: 14px; border-top: 1px solid #dcdcdc; color: #444; font-size: 15px; }
.bureau-article__email, .bureau-article__closing-mark { margin: 0; }
.bureau-article.bureau-article--mobile { max-width: 360px; }
${mobileRules('.bureau-article.bureau-article--mobile')}
@media (max-width: 480px) {
${mobileRules('.bureau-article')}
}
@media screen {
  .bureau-article.bureau-article--print {
    max-width: 210mm;
    padding: 18mm 16mm;
    box-shadow: 0 1px 3px rgba(0, 0, 0, 0.2), 0 8px 24px rgba(0, 0, 0, 0.08);
  }
}
${printRules('.bureau-article.bureau-article--print')}
@media print {
  .bureau-article,
  .bureau-article.bureau-article--mobile,
  .bureau-article.bureau-article--print { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .bureau-article__brief { content-visibility: visible; }
${printRules('.bureau-article')}
}
`;
