/** A modal `<dialog>` shown while `open`: Esc (its cancel event) calls `onCancel` instead of closing it behind React's back. */
import { type ReactNode, type RefObject, useEffect, useRef } from 'react';

export interface ModalDialogProps {
  readonly open: boolean;
  readonly testId: string;
  readonly labelledBy: string;
  readonly onCancel: () => void;
  /** What takes the focus when it opens; by default the browser's choice (an autofocus button). */
  readonly initialFocus?: RefObject<HTMLElement | null>;
  readonly children: ReactNode;
}

export function ModalDialog({ open, testId, labelledBy, onCancel, initialFocus, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      initialFocus?.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open, initialFocus]);

  return (
    <dialog
      ref={dialog}
      className="message-dialog"
      data-testid={testId}
      aria-labelledby={labelledBy}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
