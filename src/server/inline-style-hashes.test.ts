// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import { articleStylesheet } from '../render/article-stylesheet';
import { gwangjuRoundupBody } from '../schema/demo/gwangju-roundup';
import { createTestEditor } from '../schema/test-editor';
import { appSecurityHeaders } from './security-headers';

const styleSources = (appSecurityHeaders['Content-Security-Policy'] ?? '')
  .split(';')
  .map((directive) => directive.trim())
  .find((directive) => directive.startsWith('style-src '));
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

afterEach(() => {
  document.head.replaceChildren();
});

it('allows, by hash, every <style> element the editor adds (a Tiptap upgrade that changes its CSS fails here)', () => {
  const editor = createTestEditor(gwangjuRoundupBody);
  const styles = [...document.head.querySelectorAll('style')].map((style) => style.textContent);
  editor.destroy();
  expect(styles.length).toBeGreaterThan(0);
  for (const style of styles) expect(styleSources).toContain(hashOf(style));
});

it('allows the article stylesheet that the preview frame and the import dialog add, and no inline style else', () => {
  expect(styleSources).toContain(hashOf(articleStylesheet));
  expect(styleSources).not.toContain("'unsafe-inline'");
});
