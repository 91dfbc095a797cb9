import type { Editor } from '@tiptap/core';
import { useRef, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorSelector } from '../hooks/use-editor-selector';
import { shallowEqual } from '../lib/shallow-equal';
import { toolbarState } from '../lib/toolbar-state';
import { Icon } from '@/components/ui/icons';

interface EditorToolbarProps {
  editor: Editor;
  onLink: () => void;
  onFiles: (files: File[]) => void;
  onDeleteBrief: () => void;
  /** Starts a comment on the selected text (the comments panel opens with it). */
  onComment?: () => void;
}

function ToolbarButton({
  label,
  shortcut,
  active,
  disabled,
  onClick,
  children,
}: {
  label: string;
  shortcut?: string;
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`toolbar-button${active ? ' is-active' : ''}`}
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-pressed={active === undefined ? undefined : active}
      aria-keyshortcuts={shortcut?.replace(/Ctrl/g, 'Control')}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** Marks, history and brief operations. Reads editor state through selectors, so typing does not re-render it. */
export function EditorToolbar({ editor, onLink, onFiles, onDeleteBrief, onComment }: EditorToolbarProps) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const state = useEditorSelector(editor, (current) => toolbarState(current, onComment !== undefined), shallowEqual);

  function pickFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length > 0) onFiles(files);
  }

  return (
    <div role="toolbar" aria-label={t('toolbar.label')} className="editor-toolbar">
      <div className="toolbar-group">
        <ToolbarButton label={t('toolbar.bold')} shortcut="Ctrl+B" active={state.bold} disabled={!state.canMark} onClick={() => editor.chain().focus().toggleBold().run()}>
          <strong>{t('toolbar.boldMark')}</strong>
        </ToolbarButton>
        <ToolbarButton label={t('toolbar.italic')} shortcut="Ctrl+I" active={state.italic} disabled={!state.canMark} onClick={() => editor.chain().focus().toggleItalic().run()}>
          <em className="font-serif">{t('toolbar.italicMark')}</em>
        </ToolbarButton>
        <ToolbarButton label={t('toolbar.link')} shortcut="Ctrl+K" active={state.link} onClick={onLink}>
          <Icon name="link" />
        </ToolbarButton>
        {onComment !== undefined && (
          <ToolbarButton label={t('comments.onSelection')} disabled={!state.canComment} onClick={onComment}>
            <Icon name="comment" />
          </ToolbarButton>
        )}
      </div>
      <div className="toolbar-group">
        <ToolbarButton label={t('toolbar.undo')} shortcut="Ctrl+Z" disabled={!state.canUndo} onClick={() => editor.chain().focus().undo().run()}>
          <Icon name="undo" />
        </ToolbarButton>
        <ToolbarButton label={t('toolbar.redo')} shortcut="Ctrl+Shift+Z" disabled={!state.canRedo} onClick={() => editor.chain().focus().redo().run()}>
          <Icon name="redo" />
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton label={t('toolbar.addBrief')} shortcut="Ctrl+Alt+Enter" onClick={() => editor.chain().focus().insertBriefAfter().run()}>
          <Icon name="plus" />
          <span className="toolbar-text">{t('toolbar.addBriefShort')}</span>
        </ToolbarButton>
        <ToolbarButton label={t('toolbar.photo')} onClick={() => fileInput.current?.click()}>
          <Icon name="image" />
          <span className="toolbar-text">{t('toolbar.photoShort')}</span>
        </ToolbarButton>
        <input
          ref={fileInput}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif"
          multiple
          hidden
          onChange={pickFiles}
        />
      </div>
      <div className="toolbar-group">
        <ToolbarButton label={t('toolbar.moveUp')} shortcut="Alt+ArrowUp" disabled={!state.canMoveUp} onClick={() => editor.chain().focus().moveBrief('up').run()}>
          <Icon name="arrowUp" />
        </ToolbarButton>
        <ToolbarButton label={t('toolbar.moveDown')} shortcut="Alt+ArrowDown" disabled={!state.canMoveDown} onClick={() => editor.chain().focus().moveBrief('down').run()}>
          <Icon name="arrowDown" />
        </ToolbarButton>
        <ToolbarButton label={t('toolbar.duplicate')} shortcut="Ctrl+Alt+D" onClick={() => editor.chain().focus().duplicateBrief().run()}>
          <Icon name="duplicate" />
        </ToolbarButton>
        <ToolbarButton label={t('toolbar.deleteBrief')} onClick={onDeleteBrief}>
          <Icon name="trash" />
        </ToolbarButton>
      </div>
    </div>
  );
}
