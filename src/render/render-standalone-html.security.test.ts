// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import payloadFixture from '../../tests/fixtures/security/dompurify-payloads.json';
import { normalizeLinkHref } from '@/schema/normalize-link-href';
import { renderStandaloneHtml } from './render-standalone-html';
import { roundupBuilders as build } from './testing/roundup-builders';

/** DOMPurify's own test payloads (MPL-2.0 OR Apache-2.0; see tests/fixtures/security/NOTICE.md). */
const payloads = z.array(z.object({ source: z.string(), payload: z.string() })).min(200).parse(payloadFixture);

/** Every element the article markup is made of; anything else in the output came from a payload. */
const ownElements = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'article', 'header', 'p', 'h1', 'div', 'time', 'section', 'h2',
  'span', 'figure', 'img', 'figcaption', 'footer', 'strong', 'em', 'a',
]);

const urlAttributes = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'background', 'srcset'];

/** What the HTML parser does to text before it reaches the DOM: newlines are normalised. */
function asParsed(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function dangerousUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const normalized = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return normalized.startsWith('javascript:') || normalized.startsWith('vbscript:') || normalized.startsWith('data:text/html');
}

function exportWithPayload(payload: string): Document {
  const html = renderStandaloneHtml(
    {
      meta: build.meta({ kicker: payload, headline: payload, reporters: [{ name: payload, email: 'sdh@newsis.com' }] }),
      body: build.doc(
        build.brief(
          'b-1',
          build.heading(payload),
          build.paragraph(build.text(payload)),
          build.paragraph(build.text('링크 글', [{ type: 'link', attrs: { href: payload } }])),
          build.figure({ photoId: 'p1', alt: payload }, [build.text(payload)], payload),
        ),
      ),
    },
    { photoUrl: build.photoUrl },
  );
  expect(html.toLowerCase()).not.toContain('<script');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('standalone export escapes every DOMPurify payload', () => {
  it.each(payloads)('$source', ({ payload }) => {
    const document = exportWithPayload(payload);
    const elements = [...document.querySelectorAll('*')];

    expect(elements.map((element) => element.localName).filter((name) => !ownElements.has(name))).toEqual([]);
    expect(document.querySelectorAll('script, iframe, object, embed, frame, base, form, link, svg, math')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    for (const element of elements) {
      for (const attribute of element.attributes) {
        expect(attribute.name, `<${element.localName} ${attribute.name}>`).not.toMatch(/^on/i);
        if (urlAttributes.includes(attribute.name.toLowerCase())) {
          expect(dangerousUrl(attribute.value), `${attribute.name}="${attribute.value}"`).toBe(false);
        }
      }
    }

    // Text stays text: the payload is still there, visibly, wherever it was typed as text.
    const trimmed = asParsed(payload.trim());
    const article = document.querySelector('article')!;
    if (trimmed !== '') {
      expect(document.querySelector('title')?.textContent).toBe(`[${trimmed}]${trimmed}`);
      expect(article.querySelector('.bureau-article__kicker')?.textContent).toBe(`[${trimmed}]`);
      expect(article.querySelector('h1')?.textContent).toBe(trimmed);
      expect(article.querySelector('.bureau-article__brief-title')?.textContent).toBe(`◇${trimmed}`);
      expect(article.querySelector('.bureau-article__dateline')?.textContent).toBe(`【광주=뉴시스】${trimmed} 기자 =`);
      expect(article.querySelector('figcaption')?.textContent).toContain(asParsed(payload));
      expect(article.querySelector('figcaption')?.textContent).toContain(`(사진 = ${trimmed})`);
    }
    const paragraphs = [...article.querySelectorAll('.bureau-article__paragraph')].map((paragraph) => paragraph.textContent);
    expect(paragraphs).toEqual([asParsed(payload), '링크 글']);
    expect(article.querySelector('img')?.getAttribute('alt')).toBe(asParsed(payload));

    const links = article.querySelectorAll('a');
    if (normalizeLinkHref(payload) !== null) expect(links).toHaveLength(1);
    else expect(links).toHaveLength(0);
  });

  it('normalises and escapes a link that carries markup in its query', () => {
    const href = 'https://example.com/?q="><script>alert(1)</script><img/src=x/onerror=alert(1)>';
    const normalized = normalizeLinkHref(href);
    expect(normalized).toBe('https://example.com/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E%3Cimg/src=x/onerror=alert(1)%3E');
    const document = new DOMParser().parseFromString(
      renderStandaloneHtml(
        {
          meta: build.meta(),
          body: build.doc(build.brief('b-1', build.heading('h'), build.paragraph(build.text('링크', [{ type: 'link', attrs: { href } }])))),
        },
        { photoUrl: build.photoUrl },
      ),
      'text/html',
    );
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelectorAll('[onerror]')).toHaveLength(0);
    expect(document.querySelector('article a')?.getAttribute('href')).toBe(normalized);
  });
});
