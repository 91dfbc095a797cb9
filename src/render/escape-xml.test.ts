import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape-xml';
import { printableText } from './printable-text';

describe('printableText', () => {
  it('turns breaks into spaces and drops controls, noncharacters and unpaired surrogates', () => {
    expect(printableText('a\tb\nc\r\nd\u2028e\u2029f\u0085g')).toBe('a b c  d e f g');
    expect(printableText('\u0000\u0001\u001b[0m\u007f\u0080\u009f\ufffe\uffff\ud800\udc00x\udfff')).toBe('[0m\u{10000}x');
    expect(printableText('광주 😀 ◇')).toBe('광주 😀 ◇');
  });
});

describe('escapeXml', () => {
  it('escapes markup for text and double-quoted attributes', () => {
    expect(escapeXml('<a href="x">&amp;</a> \'광주\'')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt; \'광주\'');
    expect(escapeXml(']]>')).toBe(']]&gt;');
  });
});
