// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n, switchLanguage } from '@/lib/i18n';
import { sampleBrief } from '../../../tests/contract/sample-bodies';
import { createEditorExtensions } from './editor-extensions';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function moveUpLabels(root: HTMLElement): (string | null)[] {
  return [...root.querySelectorAll('button[data-brief-action="moveUp"]')].map((button) => button.getAttribute('aria-label'));
}

describe('createEditorExtensions', () => {
  it('labels the gutter of briefs made before and after a change of language in the language of the moment', async () => {
    const root = createI18n();
    // As the editor page gets it: react-i18next's wrapper, whose `language` does not follow later changes.
    const { result } = renderHook(() => useTranslation(), {
      wrapper: ({ children }: { children: ReactNode }) => <I18nextProvider i18n={root}>{children}</I18nextProvider>,
    });
    const { i18n } = result.current;
    const element = document.createElement('div');
    document.body.append(element);
    editor = new Editor({
      element,
      extensions: createEditorExtensions({ i18n }),
      content: { type: 'doc', content: [sampleBrief('b-1', '첫 소식', '본문')] },
    });
    expect(moveUpLabels(editor.view.dom)).toEqual(['브리프 위로']);

    await switchLanguage(root, 'en');
    editor.chain().setTextSelection(3).insertBriefAfter().run();
    expect(moveUpLabels(editor.view.dom)).toEqual(['Move brief up', 'Move brief up']);

    await switchLanguage(root, 'ko');
    editor.chain().setTextSelection(3).insertBriefAfter().run();
    expect(moveUpLabels(editor.view.dom)).toEqual(['브리프 위로', '브리프 위로', '브리프 위로']);
  });
});
