import { useEffect, useId, useState, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  /** Read out with the title when the dialog opens. */
  description?: string;
  /** The dialog has closed (Escape, or a button that closes it); the opener unmounts it and takes the focus back. */
  onClose: () => void;
  children: (close: () => void) => ReactNode;
}

/**
 * A modal `<dialog>`, open while mounted: the browser keeps the focus inside, Escape closes it, and the page behind is
 * inert. `children` gets the function that closes it.
 */
export function ModalDialog({ title, description, onClose, children }: ModalDialogProps) {
  const id = useId();
  const [dialog, setDialog] = useState<HTMLDialogElement | null>(null);

  useEffect(() => {
    // No cleanup: unmounting takes the dialog out of the top layer, while close() would fire `close` and, under
    // StrictMode's second run of this effect, shut the dialog that had just opened.
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, [dialog]);

  return (
    <dialog
      ref={setDialog}
      className="dialog w-[min(32rem,92vw)]"
      aria-labelledby={`${id}-title`}
      aria-describedby={description === undefined ? undefined : `${id}-description`}
      onClose={onClose}
    >
      <div className="flex flex-col gap-3">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        {description !== undefined && (
          <p id={`${id}-description`} className="text-sm text-slate-700">
            {description}
          </p>
        )}
        {children(() => dialog?.close())}
      </div>
    </dialog>
  );
}
