/**
 * A native modal <dialog> driven by state: shown while `open`, closed when not.
 * Esc asks `onCancel` instead of closing behind the app's back, so the state
 * stays the one truth about what is open.
 */
import { type ReactNode, type RefObject, useEffect, useRef } from 'react';

interface ModalDialogProps {
  readonly open: boolean;
  readonly onCancel: () => void;
  readonly className?: string;
  readonly testId?: string;
  /** The id of the dialog's heading, or else `label`: what a screen reader announces. */
  readonly labelledBy?: string;
  readonly label?: string;
  /** What takes the focus when it opens; by default the browser's choice (an autofocus button). */
  readonly initialFocus?: RefObject<HTMLElement | null>;
  readonly children: ReactNode;
}

/**
 * Closing gives the focus back to the field that had it (the board's type-ahead
 * field, an editor), but Chromium leaves the text caret in the closed dialog
 * when its button was clicked, and keys typed next go nowhere. Putting the
 * caret back in the focused field (where it was) makes them type again.
 */
function putCaretBack(): void {
  const active = document.activeElement;
  if (!(active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement)) return;
  try {
    active.setSelectionRange(active.selectionStart, active.selectionEnd, active.selectionDirection ?? undefined);
  } catch {
    // Inputs without a text selection (number, checkbox…) have no caret to put back.
  }
}

export function ModalDialog({ open, onCancel, className = 'message-dialog', testId, labelledBy, label, initialFocus, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      initialFocus?.current?.focus();
    }
    if (!open && element.open) {
      element.close();
      putCaretBack();
    }
  }, [open, initialFocus]);
  return (
    <dialog
      ref={dialog}
      className={className}
      data-testid={testId}
      aria-labelledby={labelledBy}
      aria-label={label}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}

interface DialogActionsProps {
  readonly cancelLabel: string;
  readonly onCancel: () => void;
  readonly submitLabel: string;
  readonly submitDisabled?: boolean;
  readonly submitAutoFocus?: boolean;
}

/** Cancel and the form's submit button, in the order dialogs use. */
export function DialogActions({ cancelLabel, onCancel, submitLabel, submitDisabled, submitAutoFocus }: DialogActionsProps) {
  return (
    <div className="dialog-buttons">
      <button type="button" className="secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" disabled={submitDisabled} autoFocus={submitAutoFocus}>
        {submitLabel}
      </button>
    </div>
  );
}
