// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { Editor } from '@tiptap/core';
import { UndoRedo } from '@tiptap/extensions/undo-redo';
import { closeHistory } from '@tiptap/pm/history';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n';
import { roundupExtensions } from '@/schema/extensions';
import { sampleBodies } from '../../../../tests/contract/sample-bodies';
import { useBriefMoveAnnouncement } from './use-brief-move-announcement';

let editor: Editor;
afterEach(() => editor.destroy());

function Announcer({ target }: { target: Editor }) {
  const announcement = useBriefMoveAnnouncement(target);
  return (
    <p role="status" data-sequence={announcement?.sequence ?? 0}>
      {announcement?.text ?? ''}
    </p>
  );
}

function setUp(briefs: number) {
  editor = new Editor({ extensions: [...roundupExtensions, UndoRedo], content: sampleBodies.valid('본문', briefs) });
  render(
    <I18nextProvider i18n={createI18n()}>
      <Announcer target={editor} />
    </I18nextProvider>,
  );
  return screen.getByRole('status');
}

function headings(): string[] {
  const names: string[] = [];
  editor.state.doc.forEach((brief) => names.push(brief.child(0).textContent));
  return names;
}

describe('useBriefMoveAnnouncement', () => {
  it('names the brief and its old and new place when it moves down, up or back by undo', () => {
    const status = setUp(4);
    const [first, second] = headings();

    act(() => {
      editor.chain().focusBrief(0).moveBrief('down').run();
    });
    expect(status).toHaveTextContent(`${first}`);
    expect(status).toHaveTextContent(/1.*2/);

    act(() => {
      // A separate undo step, as a second move made after a pause would be.
      editor.view.dispatch(closeHistory(editor.state.tr));
      editor.commands.moveBriefTo(3, 0);
    });
    expect(status.textContent).toContain(headings()[0]);
    expect(status.textContent).toMatch(/4.*1/);

    act(() => {
      editor.commands.undo();
    });
    expect(status.textContent).toMatch(/1.*4/);
    expect(headings()[1]).toBe(first);
    expect(headings()[0]).toBe(second);
  });

  it('says nothing while typing, adding or removing briefs, and still sees a move after them', () => {
    const status = setUp(3);
    act(() => {
      editor.chain().focusBrief(1).insertContent('가나다').run();
    });
    act(() => {
      editor.commands.insertBriefAfter();
    });
    expect(status).toHaveTextContent('');
    expect(status).toHaveAttribute('data-sequence', '0');

    const typedInto = headings()[1];
    act(() => {
      editor.commands.moveBriefTo(1, 3);
    });
    expect(status.textContent).toContain(typedInto);
    expect(status.textContent).toMatch(/2.*4/);
    expect(status).toHaveAttribute('data-sequence', '1');
  });

  it('follows a brief whose id changed in place, so a later move is still read right', () => {
    const status = setUp(3);
    act(() => {
      const tr = editor.state.tr.setNodeAttribute(0, 'id', 'renamed-brief');
      editor.view.dispatch(tr);
    });
    act(() => {
      editor.commands.moveBriefTo(0, 2);
    });
    expect(status.textContent).toMatch(/1.*3/);
  });
});
