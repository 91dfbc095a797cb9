import type { Editor } from '@tiptap/core';
import { useLayoutEffect, useRef } from 'react';

interface EditorContentProps {
  editor: Editor;
  className?: string;
}

/**
 * Shows the editor's own DOM. Tiptap builds the view in a detached element; this moves it into a div React renders
 * but never fills, so React never reconciles the contenteditable ProseMirror owns. On unmount the view goes back
 * into a detached element, where it stays usable until the editor is destroyed or shown again.
 */
export function EditorContent({ editor, className }: EditorContentProps) {
  const container = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const element = container.current;
    if (element === null || editor.isDestroyed) return;
    const home = editor.view.dom.parentNode;
    if (home === null || home === element) return;
    // Everything in the editor's element, not only the view: plugins may have put siblings beside it.
    element.append(...home.childNodes);
    // ProseMirror caches the root (document or shadow root) it found for the detached element.
    editor.view.updateRoot();
    return () => {
      const detached = document.createElement('div');
      detached.append(...element.childNodes);
      if (!editor.isDestroyed) editor.view.updateRoot();
    };
  }, [editor]);

  return <div ref={container} className={className} />;
}
