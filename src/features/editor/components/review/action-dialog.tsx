import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isoToKstInput, kstInputToIso } from '@/lib/kst-datetime';
import '@/lib/locales/lazy/review-dialog';

export type ActionDialogInput = { kind: 'note'; label: 'note' | 'reason' } | { kind: 'time' };

export interface ActionDialogRequest {
  title: string;
  help: string;
  input: ActionDialogInput;
  onConfirm: (value: string) => void;
}

interface ActionDialogProps {
  request: ActionDialogRequest | null;
  onClose: () => void;
}

/** Asks for what a review action needs (a note, a reason, a time), and refuses to go on without it. */
export function ActionDialog({ request, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (request !== null && !element.open) {
      setValue(request.input.kind === 'time' ? isoToKstInput(new Date(Date.now() + 60 * 60 * 1000).toISOString()) : '');
      setError(null);
      element.showModal();
    } else if (request === null && element.open) {
      element.close();
    }
  }, [request]);

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (request === null) return;
    if (request.input.kind === 'time') {
      const iso = kstInputToIso(value);
      if (iso === null || Date.parse(iso) <= Date.now()) {
        setError(t('review.dialog.futureRequired'));
        return;
      }
      request.onConfirm(iso);
    } else {
      if (value.trim() === '') {
        setError(t('review.dialog.required'));
        return;
      }
      request.onConfirm(value.trim());
    }
    onClose();
  }

  const label = request?.input.kind === 'time' ? t('review.dialog.publishAt') : request?.input.label === 'reason' ? t('review.dialog.reason') : t('review.dialog.note');

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-help`} onClose={onClose}>
      <form method="dialog" onSubmit={confirm} className="flex w-[min(30rem,90vw)] flex-col gap-3" noValidate>
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {request?.title}
        </h2>
        <p id={`${id}-help`} className="text-sm text-slate-700">
          {request?.help}
        </p>
        <label htmlFor={`${id}-input`} className="text-sm font-medium">
          {label}
        </label>
        {request?.input.kind === 'time' ? (
          <input
            id={`${id}-input`}
            type="datetime-local"
            className="field"
            value={value}
            aria-invalid={error !== null}
            aria-errormessage={error === null ? undefined : `${id}-error`}
            onChange={(event) => setValue(event.target.value)}
          />
        ) : (
          <textarea
            id={`${id}-input`}
            className="field min-h-24"
            value={value}
            maxLength={2000}
            aria-invalid={error !== null}
            aria-errormessage={error === null ? undefined : `${id}-error`}
            onChange={(event) => setValue(event.target.value)}
          />
        )}
        {error !== null && (
          <p id={`${id}-error`} role="alert" className="text-sm text-red-800">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <button type="button" className="btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn-primary">
            {t('review.dialog.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
