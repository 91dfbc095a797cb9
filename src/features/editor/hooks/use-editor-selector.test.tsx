// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { currentBriefIndex } from '@/schema/nodes/brief';
import { roundupExtensions } from '@/schema/extensions';
import { sampleBodies } from '../../../../tests/contract/sample-bodies';
import { shallowEqual } from '../lib/shallow-equal';
import { useEditorSelector } from './use-editor-selector';

let editor: Editor;
afterEach(() => editor.destroy());

function newEditor(): Editor {
  return new Editor({ extensions: [...roundupExtensions], content: sampleBodies.valid('본문', 3) });
}

function focusBrief(index: number) {
  act(() => {
    editor.commands.focusBrief(index);
  });
}

function typeText(text: string) {
  act(() => {
    editor.commands.insertContent(text);
  });
}

describe('useEditorSelector', () => {
  it('re-renders when the selected value changes, not on every transaction', () => {
    editor = newEditor();
    let renders = 0;
    function CurrentBrief() {
      renders += 1;
      const index = useEditorSelector(editor, currentBriefIndex);
      return <output aria-label="current">{index}</output>;
    }
    render(<CurrentBrief />);
    const output = screen.getByRole('status', { name: 'current' });
    expect(output).toHaveTextContent('0');
    const afterMount = renders;

    typeText('가나다');
    typeText('라');
    expect(renders).toBe(afterMount);

    focusBrief(2);
    expect(output).toHaveTextContent('2');
    expect(renders).toBe(afterMount + 1);
  });

  it('keeps an equal result under the given comparison, so records do not re-render on each keystroke', () => {
    editor = newEditor();
    let renders = 0;
    const seen = new Set<object>();
    const selectRecord = (state: EditorState) => ({ brief: currentBriefIndex(state), empty: state.selection.empty });
    function Record() {
      renders += 1;
      const record = useEditorSelector(editor, selectRecord, shallowEqual);
      seen.add(record);
      return <output aria-label="record">{record.brief}</output>;
    }
    render(
      <StrictMode>
        <Record />
      </StrictMode>,
    );
    const afterMount = renders;
    typeText('가');
    typeText('나');
    expect(renders).toBe(afterMount);
    expect(seen.size).toBe(1);

    focusBrief(1);
    expect(screen.getByRole('status', { name: 'record' })).toHaveTextContent('1');
    expect(seen.size).toBe(2);
  });

  it('re-renders on every change of an object result when left to Object.is', () => {
    editor = newEditor();
    let renders = 0;
    function Selection() {
      renders += 1;
      const selection = useEditorSelector(editor, (state) => ({ from: state.selection.from }));
      return <output aria-label="from">{selection.from}</output>;
    }
    render(<Selection />);
    const afterMount = renders;
    typeText('가');
    expect(renders).toBe(afterMount + 1);
  });

  it('stops listening to the editor on unmount', () => {
    editor = newEditor();
    let selectorRuns = 0;
    const countingSelector = (state: EditorState) => {
      selectorRuns += 1;
      return state.doc.childCount;
    };
    function Count() {
      return <output>{useEditorSelector(editor, countingSelector)}</output>;
    }
    const view = render(<Count />);
    view.unmount();
    const runs = selectorRuns;
    typeText('가');
    expect(selectorRuns).toBe(runs);
  });
});
