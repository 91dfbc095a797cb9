import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no layout. ProseMirror asks for rectangles when it scrolls the selection into view; give it empty ones.
if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  const emptyRect = (): DOMRect => new DOMRect(0, 0, 0, 0);
  const emptyList = (): DOMRectList => {
    const list: DOMRect[] = [];
    return Object.assign(list, { item: (index: number) => list[index] ?? null }) as unknown as DOMRectList;
  };
  for (const prototype of [Element.prototype, Range.prototype, Text.prototype]) {
    if (!('getClientRects' in prototype) || typeof prototype.getClientRects !== 'function') {
      Object.defineProperty(prototype, 'getClientRects', { value: emptyList, configurable: true });
    }
    if (!('getBoundingClientRect' in prototype) || typeof prototype.getBoundingClientRect !== 'function') {
      Object.defineProperty(prototype, 'getBoundingClientRect', { value: emptyRect, configurable: true });
    }
  }
  if (typeof Element.prototype.scrollIntoView !== 'function') {
    Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined, configurable: true });
  }
  if (typeof document.elementFromPoint !== 'function') {
    Object.defineProperty(document, 'elementFromPoint', { value: () => null, configurable: true });
  }
}

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
