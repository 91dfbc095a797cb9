// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n';
import { roundupExtensions } from '@/schema/extensions';
import { sampleBrief } from '../../../../tests/contract/sample-bodies';
import { LinkDialog } from './link-dialog';

let editor: Editor;
afterEach(() => editor.destroy());

beforeAll(() => {
  // jsdom has <dialog> without its modal methods.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

function linkOf(text: string): unknown {
  let found: unknown = null;
  editor.state.doc.descendants((node) => {
    if (node.text === text) found = node.marks.find((mark) => mark.type.name === 'link')?.toJSON() ?? null;
  });
  return found;
}

function applyAddress(address: string): void {
  render(
    <I18nextProvider i18n={createI18n()}>
      <LinkDialog editor={editor} open onClose={() => undefined} />
    </I18nextProvider>,
  );
  fireEvent.change(screen.getByRole('textbox', { hidden: true }), { target: { value: address } });
  fireEvent.submit(screen.getByRole('textbox', { hidden: true }).closest('form')!);
}

describe('LinkDialog', () => {
  it('stores the address normalised, never as typed', () => {
    editor = new Editor({ extensions: [...roundupExtensions], content: { type: 'doc', content: [sampleBrief('b-1', '소식', '누리집')] } });
    editor.commands.setTextSelection({ from: 6, to: 9 });
    applyAddress('  WWW.Newsis.COM/a  ');
    expect(linkOf('누리집')).toEqual({ type: 'link', attrs: { href: 'https://www.newsis.com/a' } });
  });

  it('inserts a typed address at the cursor as its text, linked to the normalised form', () => {
    editor = new Editor({ extensions: [...roundupExtensions], content: { type: 'doc', content: [sampleBrief('b-1', '소식', '누리집')] } });
    editor.commands.setTextSelection(9);
    applyAddress('HTTPS://X.test');
    expect(linkOf('HTTPS://X.test')).toEqual({ type: 'link', attrs: { href: 'https://x.test/' } });
  });

  it('refuses an address with a control character and says so', () => {
    editor = new Editor({ extensions: [...roundupExtensions], content: { type: 'doc', content: [sampleBrief('b-1', '소식', '누리집')] } });
    editor.commands.setTextSelection({ from: 6, to: 9 });
    applyAddress('java\u0000script:alert(1)');
    expect(screen.getByRole('alert', { hidden: true })).toBeInTheDocument();
    expect(linkOf('누리집')).toBeNull();
  });
});
