import { describe, expect, it } from 'vitest';
import { isAllowedImageSource } from './image-source';

describe('isAllowedImageSource', () => {
  it('accepts the URLs photos are served from', () => {
    for (const url of [
      '/api/photos/demo-fire-station',
      'https://cdn.example.kr/p.jpg',
      'http://example.kr/p.png',
      'blob:http://localhost:5173/2b0e6b0e-5a7f-4c0e-9d7a-6d7f0c1b2a3c',
      'data:image/jpeg;base64,/9j/4AAQ',
      'data:image/png;base64,iVBORw0KGgo=',
    ]) {
      expect(isAllowedImageSource(url), url).toBe(true);
    }
  });

  it('refuses script, HTML and SVG documents however they are spelled', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'vbscript:msgbox(1)',
      '',
    ]) {
      expect(isAllowedImageSource(url), url).toBe(false);
    }
  });
});
