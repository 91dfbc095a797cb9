// @vitest-environment jsdom
import { Extension, type Editor } from '@tiptap/core';
import { render, waitFor } from '@testing-library/react';
import { StrictMode, Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { roundupExtensions } from '@/schema/extensions';
import { sampleBodies } from '../../../../tests/contract/sample-bodies';
import { useTiptapEditor, type TiptapEditorOptions } from './use-tiptap-editor';

afterEach(() => {
  vi.useRealTimers();
});

/** Counts the editors built with it, and those destroyed. */
function lifeCounter() {
  const counts = { created: 0, destroyed: 0 };
  const extension = Extension.create({
    name: 'lifeCounter',
    onBeforeCreate() {
      counts.created += 1;
    },
    onDestroy() {
      counts.destroyed += 1;
    },
  });
  return { counts, extensions: [...roundupExtensions, extension] };
}

interface ProbeProps {
  options: TiptapEditorOptions;
  onRender: (editor: Editor, headingInFirstRender: string) => void;
}

function Probe({ options, onRender }: ProbeProps) {
  const editor = useTiptapEditor(options);
  // The workspace reads the document while it renders, the first time included.
  onRender(editor, editor.state.doc.child(0).child(0).textContent);
  return null;
}

describe('useTiptapEditor', () => {
  it('builds one editor during the first render and keeps it through StrictMode and re-renders', async () => {
    const { counts, extensions } = lifeCounter();
    const seen = new Set<Editor>();
    const headings: string[] = [];
    const onRender = (editor: Editor, heading: string) => {
      seen.add(editor);
      headings.push(heading);
    };
    const options = { extensions, content: sampleBodies.valid() };
    const view = render(
      <StrictMode>
        <Probe options={options} onRender={onRender} />
      </StrictMode>,
    );
    view.rerender(
      <StrictMode>
        <Probe options={options} onRender={onRender} />
      </StrictMode>,
    );
    // StrictMode's unmount and re-mount schedule a destroy that the re-mount cancels: let it pass.
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(counts).toEqual({ created: 1, destroyed: 0 });
    expect(seen.size).toBe(1);
    const [editor] = seen;
    expect(editor?.isDestroyed).toBe(false);
    expect(headings[0]).toBe('소제목 1');
  });

  it('destroys the editor once after the component unmounts', async () => {
    const { counts, extensions } = lifeCounter();
    let editor: Editor | null = null;
    const view = render(
      <StrictMode>
        <Probe options={{ extensions }} onRender={(instance) => (editor = instance)} />
      </StrictMode>,
    );
    view.unmount();
    await waitFor(() => expect(counts.destroyed).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(counts).toEqual({ created: 1, destroyed: 1 });
    expect(editor!.isDestroyed).toBe(true);
  });

  it('applies editable and editorProps when they change, and leaves the editor alone when they do not', () => {
    const { extensions } = lifeCounter();
    let editor: Editor | null = null;
    const onRender = (instance: Editor) => (editor = instance);
    const labelled = (label: string) => ({ attributes: { 'aria-label': label } });
    const first = labelled('본문');
    const view = render(<Probe options={{ extensions, editable: true, editorProps: first }} onRender={onRender} />);
    expect(editor!.isEditable).toBe(true);
    expect(editor!.view.dom.getAttribute('aria-label')).toBe('본문');

    // Someone else made it read-only (the edit lock): the same options again must not undo that.
    editor!.setEditable(false, false);
    view.rerender(<Probe options={{ extensions, editable: true, editorProps: first }} onRender={onRender} />);
    expect(editor!.isEditable).toBe(false);

    view.rerender(<Probe options={{ extensions, editable: false, editorProps: labelled('Body') }} onRender={onRender} />);
    expect(editor!.view.dom.getAttribute('aria-label')).toBe('Body');
    view.rerender(<Probe options={{ extensions, editable: true, editorProps: labelled('Body') }} onRender={onRender} />);
    expect(editor!.isEditable).toBe(true);
  });

  it('starts read-only when asked to', () => {
    const { extensions } = lifeCounter();
    let editor: Editor | null = null;
    render(<Probe options={{ extensions, editable: false }} onRender={(instance) => (editor = instance)} />);
    expect(editor!.isEditable).toBe(false);
  });

  it('destroys an editor whose render React threw away before committing it', () => {
    vi.useFakeTimers();
    const { counts, extensions } = lifeCounter();
    const never = new Promise<never>(() => undefined);
    function Suspending(): null {
      useTiptapEditor({ extensions });
      throw never;
    }
    render(
      <Suspense fallback={null}>
        <Suspending />
      </Suspense>,
    );
    expect(counts.created).toBeGreaterThan(0);
    vi.advanceTimersByTime(10_000);
    expect(counts.destroyed).toBe(counts.created);
  });
});
