import { describe, expect, it } from 'vitest';
import { articleStylesheet } from './article-stylesheet';

describe('articleStylesheet', () => {
  it('styles only bureau-article classes, so it cannot leak into the editor', () => {
    const classes = [...articleStylesheet.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]);
    expect(classes.length).toBeGreaterThan(20);
    expect(classes.filter((name) => !name?.startsWith('bureau-article'))).toEqual([]);
    const selectors = [...articleStylesheet.matchAll(/([^{};]+)\{/g)]
      .map((match) => match[1]!.replace(/\/\*[\s\S]*?\*\//g, '').trim())
      .filter((selector) => !selector.startsWith('@'))
      .flatMap((selector) => selector.split(',').map((part) => part.trim()));
    expect(selectors.length).toBeGreaterThan(20);
    expect(selectors.filter((selector) => !selector.startsWith('.bureau-article'))).toEqual([]);
  });

  it('sets Korean typography and the print rules', () => {
    expect(articleStylesheet).toContain('word-break: keep-all');
    expect(articleStylesheet).toContain('line-height: 1.8');
    expect(articleStylesheet).toContain('"Noto Sans KR"');
    expect(articleStylesheet).toContain('"Noto Serif KR"');
    expect(articleStylesheet).toContain('max-width: 680px');
    expect(articleStylesheet).toContain('max-width: 360px');
    const print = articleStylesheet.slice(articleStylesheet.indexOf('@media print'));
    expect(print).toMatch(/\.bureau-article__figure \{[^}]*break-inside: avoid/);
    expect(print).toMatch(/\.bureau-article__brief-heading \{[^}]*break-after: avoid/);
    expect(print).toContain('content: " (" attr(href) ")"');
    expect(print).toContain('color: #000');
  });
});
