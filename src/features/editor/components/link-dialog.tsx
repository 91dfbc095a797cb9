import type { Editor } from '@tiptap/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeLinkHref } from '@/schema/normalize-link-href';
import '@/lib/locales/lazy/link-dialog';

interface LinkDialogProps {
  editor: Editor;
  open: boolean;
  onClose: () => void;
}

function withProtocol(value: string): string {
  const trimmed = value.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(trimmed)) return `mailto:${trimmed}`;
  return `https://${trimmed}`;
}

/** Add, change or remove a link. Only http, https and mailto addresses are accepted, and the dialog says so; the address is stored normalised. */
export function LinkDialog({ editor, open, onClose }: LinkDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const inputId = useId();
  const errorId = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) {
      const href: unknown = editor.getAttributes('link').href;
      setValue(typeof href === 'string' ? href : '');
      setError(null);
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [editor, open]);

  function apply(event: FormEvent) {
    event.preventDefault();
    if (value.trim() === '') {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      onClose();
      return;
    }
    // Stored as checked: the normalised address, never the text as typed.
    const href = normalizeLinkHref(withProtocol(value));
    if (href === null) {
      setError(t('link.invalid'));
      return;
    }
    const { empty } = editor.state.selection;
    if (empty && !editor.isActive('link')) {
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text: value.trim(), marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
    onClose();
  }

  function remove() {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${inputId}-title`} onClose={onClose}>
      <form method="dialog" onSubmit={apply} className="flex w-[min(28rem,90vw)] flex-col gap-3">
        <h2 id={`${inputId}-title`} className="text-lg font-semibold">
          {t('link.title')}
        </h2>
        <label htmlFor={inputId} className="text-sm font-medium">
          {t('link.address')}
        </label>
        <input
          id={inputId}
          className="field"
          type="text"
          inputMode="url"
          autoComplete="off"
          value={value}
          placeholder="https://"
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setError(null);
          }}
        />
        {error && (
          <p id={errorId} role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          {editor.isActive('link') && (
            <button type="button" className="btn-secondary mr-auto" onClick={remove}>
              {t('link.remove')}
            </button>
          )}
          <button type="button" className="btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn-primary">
            {t('link.apply')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
