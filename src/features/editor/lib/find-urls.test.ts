import { describe, expect, it } from 'vitest';
import { findUrls } from './find-urls';

describe('findUrls', () => {
  it('finds http, https and www addresses with their offsets', () => {
    const text = '자세한 내용은 https://www.gwangsan.go.kr/news?id=3 또는 www.newsis.com 참고.';
    expect(findUrls(text)).toEqual([
      { start: 8, end: 8 + 'https://www.gwangsan.go.kr/news?id=3'.length, href: 'https://www.gwangsan.go.kr/news?id=3' },
      { start: text.indexOf('www.newsis'), end: text.indexOf('www.newsis') + 'www.newsis.com'.length, href: 'https://www.newsis.com' },
    ]);
  });

  it('stops at Korean particles and sentence punctuation', () => {
    expect(findUrls('https://example.kr에서 확인.').map((url) => url.href)).toEqual(['https://example.kr']);
    expect(findUrls('(see http://a.example.com/x).').map((url) => url.href)).toEqual(['http://a.example.com/x']);
    expect(findUrls('https://en.wikipedia.org/wiki/Gwangju_(city), 참고').map((url) => url.href)).toEqual([
      'https://en.wikipedia.org/wiki/Gwangju_(city)',
    ]);
  });

  it('leaves e-mail addresses, bare words and incomplete addresses alone', () => {
    expect(findUrls('sdhdream@newsis.com')).toEqual([]);
    expect(findUrls('https:// 와 www. 그리고 https://localhost')).toEqual([]);
    expect(findUrls('photo@www.newsis.com')).toEqual([]);
  });
});
