import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/lib/locales/lazy/history';

interface RestoreButtonProps {
  label: string;
  /** The question the confirmation asks, and what restoring will do. */
  title: string;
  help: string;
  /** Another restore is running. */
  disabled: boolean;
  /** Rejects with an `Error` whose message is shown as it is. */
  onConfirm: () => Promise<void>;
}

/**
 * A restore button that asks first, right where it was pressed (an inline confirmation, not a modal, so the diff
 * it is about stays in view), then runs the restore and shows why it failed, if it did.
 */
export function RestoreButton({ label, title, help, disabled, onConfirm }: RestoreButtonProps) {
  const { t } = useTranslation();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (returnFocus.current) trigger.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  function cancel() {
    returnFocus.current = true;
    setConfirming(false);
  }

  async function confirm() {
    setRunning(true);
    setError(null);
    try {
      await onConfirm();
      returnFocus.current = true;
      setConfirming(false);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setRunning(false);
    }
  }

  function escape(event: KeyboardEvent) {
    if (event.key === 'Escape' && !running) {
      event.stopPropagation();
      cancel();
    }
  }

  if (!confirming) {
    return (
      <button
        ref={trigger}
        type="button"
        className="btn-secondary revision-restore-button"
        disabled={disabled}
        onClick={() => {
          setError(null);
          setConfirming(true);
        }}
      >
        {label}
      </button>
    );
  }

  return (
    <div
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-help`}
      className="revision-confirm"
      onKeyDown={escape}
    >
      <p id={`${id}-title`} className="font-semibold">
        {title}
      </p>
      <p id={`${id}-help`} className="text-slate-700">
        {help}
      </p>
      {error !== null && (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        <button ref={cancelButton} type="button" className="btn-secondary" disabled={running} onClick={cancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn-primary" disabled={running || disabled} onClick={() => void confirm()}>
          {running ? t('history.restoring') : t('history.confirm')}
        </button>
      </div>
    </div>
  );
}
