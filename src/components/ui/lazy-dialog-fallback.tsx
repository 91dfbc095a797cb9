import type { ReactNode } from 'react';
import { ErrorNotice } from './error-notice';

/**
 * An error boundary's fallback for a lazily loaded dialog: the notice where the dialog would be, whose button lets the
 * next opening download the dialog afresh and closes it, so the screen behind goes on.
 */
export function lazyDialogFallback(dialog: { retry: () => void }, close: () => void, closeLabel: string) {
  return function DialogFallback(error: unknown, reset: () => void): ReactNode {
    return (
      <div className="fixed inset-x-0 bottom-4 z-50 mx-auto w-full max-w-md">
        <ErrorNotice
          error={error}
          scope="panel"
          onReset={() => {
            dialog.retry();
            reset();
            close();
          }}
          resetLabel={closeLabel}
        />
      </div>
    );
  };
}
