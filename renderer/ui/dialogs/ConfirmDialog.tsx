/** Asks before a destructive step (deleting a stage that holds notes). Cancel has the focus, so Enter alone never deletes. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Messages, useMessages } from '../messages';

export function ConfirmDialog({ messages }: { readonly messages: Messages }) {
  const { t } = useTranslation();
  const { confirms } = useMessages(messages);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const current = confirms[0];
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (current && !element.open) {
      element.showModal();
      cancel.current?.focus();
    }
    if (!current && element.open) element.close();
  }, [current]);

  return (
    <dialog
      ref={dialog}
      className="message-dialog"
      data-testid="confirm-dialog"
      aria-labelledby="confirm-title"
      onCancel={(e) => {
        e.preventDefault();
        if (current) messages.answerConfirm(current.id, false);
      }}
    >
      {current && (
        <>
          <h2 id="confirm-title">{current.title}</h2>
          <p>{current.message}</p>
          <div className="dialog-buttons">
            <button ref={cancel} type="button" className="secondary" onClick={() => messages.answerConfirm(current.id, false)}>
              {t('dialog.cancel')}
            </button>
            <button type="button" className="danger" onClick={() => messages.answerConfirm(current.id, true)}>
              {current.confirm}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
