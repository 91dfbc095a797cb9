import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { insertMention, mentionedIds, mentionQueryAt, type MentionQuery } from '../../lib/mention-query';
import '@/lib/locales/lazy/comments';

export interface MentionablePerson {
  id: string;
  name: string;
}

interface CommentComposerProps {
  label: string;
  submitLabel: string;
  people: readonly MentionablePerson[];
  busy: boolean;
  /** Resolves when the comment was stored (the text is then cleared); rejects to keep the text for another try. */
  onSubmit: (body: string, mentions: string[]) => Promise<unknown>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

const maxSuggestions = 6;

/** Where a comment or reply is written; `@` followed by a name offers the people to mention. */
export function CommentComposer({ label, submitLabel, people, busy, onSubmit, onCancel, autoFocus = false }: CommentComposerProps) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [mention, setMention] = useState<MentionQuery | null>(null);
  const [highlighted, setHighlighted] = useState(0);
  const [picked, setPicked] = useState<ReadonlyMap<string, string>>(new Map());
  // After a name is picked, the caret goes after it once the new text is in the field.
  const caretAfterPick = useRef<number | null>(null);

  useEffect(() => {
    const caret = caretAfterPick.current;
    if (caret === null || field.current === null) return;
    caretAfterPick.current = null;
    field.current.focus();
    field.current.setSelectionRange(caret, caret);
  }, [text]);

  const query = mention?.query.toLowerCase() ?? '';
  const suggestions =
    mention === null ? [] : people.filter((person) => person.name.toLowerCase().includes(query)).slice(0, maxSuggestions);
  const open = suggestions.length > 0;
  const activeIndex = Math.min(highlighted, Math.max(0, suggestions.length - 1));

  function follow(next: string, caret: number) {
    setText(next);
    const found = mentionQueryAt(next, caret);
    setMention(found);
    if (found?.query !== mention?.query) setHighlighted(0);
  }

  function pick(person: MentionablePerson) {
    const element = field.current;
    if (mention === null || element === null) return;
    const next = insertMention(text, element.selectionStart, mention, person.name);
    setText(next.text);
    setMention(null);
    setPicked((previous) => new Map(previous).set(person.id, person.name));
    caretAfterPick.current = next.caret;
  }

  async function submit() {
    const body = text.trim();
    if (body === '' || busy) return;
    try {
      await onSubmit(body, mentionedIds(body, picked));
      setText('');
      setPicked(new Map());
      setMention(null);
    } catch {
      // The caller shows the error; the text stays for another try.
    }
  }

  function keyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.nativeEvent.isComposing) return;
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlighted((activeIndex + step + suggestions.length) % suggestions.length);
      return;
    }
    if (open && (event.key === 'Enter' || event.key === 'Tab') && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const person = suggestions[activeIndex];
      if (person !== undefined) pick(person);
      return;
    }
    if (open && event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setMention(null);
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <form
      className="comment-composer"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${id}-text`} className="sr-only">
        {label}
      </label>
      <div className="relative">
        <textarea
          id={`${id}-text`}
          ref={field}
          className="comment-composer-field"
          rows={3}
          maxLength={4000}
          value={text}
          placeholder={label}
          autoFocus={autoFocus}
          aria-describedby={`${id}-hint`}
          aria-autocomplete="list"
          aria-controls={open ? `${id}-people` : undefined}
          aria-activedescendant={open ? `${id}-person-${activeIndex}` : undefined}
          onChange={(event) => follow(event.target.value, event.target.selectionStart)}
          onSelect={(event) => setMention(mentionQueryAt(event.currentTarget.value, event.currentTarget.selectionStart))}
          onKeyDown={keyDown}
          onBlur={() => setMention(null)}
        />
        {open && (
          <ul id={`${id}-people`} role="listbox" aria-label={t('comments.composer.suggestions')} className="comment-mention-list">
            {suggestions.map((person, index) => (
              <li
                key={person.id}
                id={`${id}-person-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                className={`comment-mention-option${index === activeIndex ? ' is-active' : ''}`}
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(person);
                }}
              >
                {person.name}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {t('comments.composer.hint')}
      </p>
      <div className="flex gap-2">
        <button type="submit" className="btn-primary" disabled={busy || text.trim() === ''}>
          {busy ? t('comments.composer.sending') : submitLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="btn-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
