import { describe, expect, it } from 'vitest';
import { isAllowedLinkHref } from './link-allowlist';
import { normalizeLinkHref } from './normalize-link-href';

describe('normalizeLinkHref', () => {
  it.each([
    ['https://www.newsis.com', 'https://www.newsis.com/'],
    ['  https://www.newsis.com/a?b=1#c  ', 'https://www.newsis.com/a?b=1#c'],
    ['HTTPS://WWW.Newsis.COM/Path', 'https://www.newsis.com/Path'],
    ['http://example.com:80/', 'http://example.com/'],
    ['https://광산구.kr/소식', 'https://xn--hc0bugl24c.kr/%EC%86%8C%EC%8B%9D'],
    ['https://example.kr/?a=1&b="2"<', 'https://example.kr/?a=1&b=%222%22%3C'],
    ['MAILTO:photo@newsis.com', 'mailto:photo@newsis.com'],
  ])('stores %j as %j', (typed, stored) => {
    expect(normalizeLinkHref(typed)).toBe(stored);
    expect(isAllowedLinkHref(stored)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    '//evil.example/',
    'www.newsis.com',
    'https://',
    'https://exa mple.com/',
    'https://example.com/\u0000',
    'https://example.com/\u202egpj.exe',
    'https://example.com/\u200b',
    'https://bank.example@evil.example/',
    'https://user:secret@example.com/',
    'mailto:',
    'mailto:nobody',
    `https://example.com/${'a'.repeat(2048)}`,
    '',
  ])('refuses %j', (typed) => {
    expect(normalizeLinkHref(typed)).toBeNull();
    expect(isAllowedLinkHref(typed)).toBe(false);
  });

  it('allows as stored only the normalised form', () => {
    expect(isAllowedLinkHref('https://www.newsis.com')).toBe(false);
    expect(isAllowedLinkHref(' https://www.newsis.com/')).toBe(false);
    expect(isAllowedLinkHref('HTTPS://www.newsis.com/')).toBe(false);
    expect(isAllowedLinkHref('https://www.newsis.com/')).toBe(true);
  });
});
