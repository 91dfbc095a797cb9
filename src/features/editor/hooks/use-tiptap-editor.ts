import { Editor, type EditorOptions } from '@tiptap/core';
import { useLayoutEffect, useState, useSyncExternalStore } from 'react';

/**
 * What the editor is built from. `extensions` and `content` are read once, when the editor is created; `editable`
 * and `editorProps` are applied again whenever a render passes different ones (compared by identity).
 */
export interface TiptapEditorOptions {
  extensions: EditorOptions['extensions'];
  content?: EditorOptions['content'];
  editable?: boolean;
  editorProps?: EditorOptions['editorProps'];
}

type LiveOptions = Pick<TiptapEditorOptions, 'editable' | 'editorProps'>;

/** A render that created an editor and has not committed after this long was thrown away (or restarted). */
const unclaimedEditorGraceMs = 10_000;

function editorOptions(options: TiptapEditorOptions): Partial<EditorOptions> {
  // Only the options given: an explicit `undefined` would replace Tiptap's default (`editable: undefined` is read-only).
  const result: Partial<EditorOptions> = { extensions: options.extensions };
  if (options.content !== undefined) result.content = options.content;
  if (options.editable !== undefined) result.editable = options.editable;
  if (options.editorProps !== undefined) result.editorProps = options.editorProps;
  return result;
}

/**
 * One component's editor: created on first use, kept while a commit holds it, destroyed a moment after the commit
 * let go of it. The moment is what keeps it through StrictMode's unmount and immediate re-mount. An editor whose
 * render React threw away before committing it (an interrupted transition) is destroyed after a grace period long
 * enough for a slow, time-sliced render to commit.
 */
class EditorLifetime {
  private editor: Editor | null = null;
  private pendingDestroy: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private live: LiveOptions;

  constructor(private readonly initial: TiptapEditorOptions) {
    this.live = { editable: initial.editable, editorProps: initial.editorProps };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly current = (): Editor => {
    if (this.editor === null) {
      this.editor = new Editor(editorOptions({ ...this.initial, ...this.live }));
      this.scheduleDestroy(unclaimedEditorGraceMs);
    }
    return this.editor;
  };

  /**
   * A commit shows `editor`. If it is no longer this component's (destroyed meanwhile: a commit later than the grace
   * period, or effects run again after the component was hidden), the component renders again with a new one.
   */
  claim(editor: Editor): void {
    if (editor !== this.editor) {
      for (const listener of this.listeners) listener();
      return;
    }
    clearTimeout(this.pendingDestroy);
  }

  release(editor: Editor): void {
    if (editor === this.editor) this.scheduleDestroy(0);
  }

  update(next: LiveOptions): void {
    const changes: Partial<EditorOptions> = {};
    if (next.editable !== this.live.editable && next.editable !== undefined) changes.editable = next.editable;
    if (next.editorProps !== this.live.editorProps) changes.editorProps = next.editorProps ?? {};
    this.live = next;
    // Each setOptions call updates the view: only when something changed.
    if (Object.keys(changes).length > 0 && this.editor !== null && !this.editor.isDestroyed) this.editor.setOptions(changes);
  }

  private scheduleDestroy(delayMs: number): void {
    clearTimeout(this.pendingDestroy);
    const editor = this.editor;
    this.pendingDestroy = setTimeout(() => {
      if (editor === null) return;
      if (this.editor === editor) this.editor = null;
      editor.destroy();
    }, delayMs);
  }
}

/**
 * A Tiptap editor for this component, there from the first render (so the render can read `editor.state`), the same
 * one for the component's life, destroyed when it unmounts. The component does not re-render on transactions:
 * read editor state with `useEditorSelector`.
 */
export function useTiptapEditor(options: TiptapEditorOptions): Editor {
  const [lifetime] = useState(() => new EditorLifetime(options));
  const editor = useSyncExternalStore(lifetime.subscribe, lifetime.current);

  useLayoutEffect(() => {
    lifetime.claim(editor);
    return () => lifetime.release(editor);
  }, [lifetime, editor]);

  const { editable, editorProps } = options;
  useLayoutEffect(() => {
    lifetime.update({ editable, editorProps });
  }, [lifetime, editable, editorProps]);

  return editor;
}
