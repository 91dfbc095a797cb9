import type { Editor, JSONContent } from '@tiptap/core';
import { useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '@/lib/i18n';
import { createEditorExtensions } from '../editor-extensions';
import { useTiptapEditor } from '../hooks/use-tiptap-editor';
import { useRoundupOutline } from '../hooks/use-roundup-outline';
import { BriefOutline } from './brief-outline';
import { EditorContent } from './editor-content';
import { EditorToolbar } from './editor-toolbar';

interface HarnessProps {
  content: JSONContent;
  onEditor?: (editor: Editor) => void;
  onFiles?: (files: File[]) => void;
}

function HarnessBody({ content, onEditor, onFiles }: HarnessProps) {
  const i18n = useMemo(() => createI18n(), []);
  const extensions = useMemo(() => createEditorExtensions({ i18n }), [i18n]);
  const editor = useTiptapEditor({ extensions, content });
  onEditor?.(editor);
  const outline = useRoundupOutline(editor, 0);
  return (
    <>
      <BriefOutline editor={editor} outline={outline} limit={100} onLimitChange={() => undefined} />
      <EditorToolbar
        editor={editor}
        onLink={() => undefined}
        onFiles={(files) => onFiles?.(files)}
        onDeleteBrief={() => editor.chain().focus().deleteBrief().run()}
      />
      <EditorContent editor={editor} />
    </>
  );
}

/** The real editor, toolbar and outline without the page around them, for component tests. */
export function EditorTestHarness(props: HarnessProps) {
  const i18n = useMemo(() => createI18n(), []);
  return (
    <I18nextProvider i18n={i18n}>
      <HarnessBody {...props} />
    </I18nextProvider>
  );
}
