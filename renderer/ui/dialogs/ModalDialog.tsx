/** A `<dialog>` shown modally while `open`; Esc calls `onCancel` instead of closing it behind React's back. */
import { useEffect, useRef, type ReactNode } from 'react';

export function ModalDialog(props: {
  readonly open: boolean;
  readonly className: string;
  readonly testId: string;
  readonly labelledBy: string;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}) {
  const { open, onCancel } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className={props.className}
      data-testid={props.testId}
      aria-labelledby={props.labelledBy}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {props.children}
    </dialog>
  );
}
