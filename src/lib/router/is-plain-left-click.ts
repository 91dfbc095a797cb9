import type { MouseEvent } from 'react';

/**
 * A click the router should handle: the main button, no modifier keys (new tab, new window, download) and no
 * target other than this frame. Everything else is the browser's, as with react-router.
 */
export function isPlainLeftClick(event: MouseEvent, target: string | undefined): boolean {
  return (
    event.button === 0 &&
    (target === undefined || target === '' || target === '_self') &&
    !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey)
  );
}
