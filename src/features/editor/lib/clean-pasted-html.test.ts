// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from './clean-pasted-html';

describe('cleanPastedHtml', () => {
  it('unwraps forms and drops their controls, so no pasted control can overwrite a property of its form', () => {
    expect(cleanPastedHtml('<form onsubmit=alert(1) id=f><input onfocus=alert(2) name=nodeName>123</form>', document)).toBe('123');
  });

  it('drops scripts, styles, embedded documents and media with their content', () => {
    const html = '<p>앞<script>alert(1)</script><style>p{}</style><iframe srcdoc="<b>x</b>"></iframe><svg><a href="https://x.test/">s</a></svg><img src=x onerror=alert(1)>뒤</p>';
    expect(cleanPastedHtml(html, document)).toBe('<p>앞뒤</p>');
  });

  it('keeps what the parse rules read (href, style, our data attributes, the slice marker) and nothing else', () => {
    const html =
      '<section data-type="brief" data-brief-id="b-1" data-pm-slice="1 1 []" id="x" name="body"><h2 data-type="brief-heading" class="h">제목</h2>' +
      '<p><b style="font-weight:normal" id="docs-internal-guid-1">보통</b> <a href="https://x.test/" target="_blank" rel="opener" class="overlay" title="t" onclick="alert(1)">링크</a></p></section>';
    expect(cleanPastedHtml(html, document)).toBe(
      '<section data-type="brief" data-brief-id="b-1" data-pm-slice="1 1 []"><h2 data-type="brief-heading">제목</h2>' +
        '<p><b style="font-weight:normal">보통</b> <a href="https://x.test/">링크</a></p></section>',
    );
  });

  it('reads a whole pasted page: head and body tags go, the fragment stays', () => {
    expect(cleanPastedHtml('<html><head><meta charset="utf-8"><title>t</title></head><body><!--StartFragment--><p>글</p><!--EndFragment--></body></html>', document)).toBe(
      '<!--StartFragment--><p>글</p><!--EndFragment-->',
    );
  });
});
