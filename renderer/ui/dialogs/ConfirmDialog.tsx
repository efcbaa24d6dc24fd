/** Asks before a destructive step (deleting a stage that holds notes). Cancel has the focus, so Enter alone never deletes. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Messages, useMessages } from '../messages';
import { ModalDialog } from './ModalDialog';

export function ConfirmDialog({ messages }: { readonly messages: Messages }) {
  const { t } = useTranslation();
  const { confirms } = useMessages(messages);
  const cancel = useRef<HTMLButtonElement>(null);
  const current = confirms[0];

  return (
    <ModalDialog
      open={!!current}
      testId="confirm-dialog"
      labelledBy="confirm-title"
      initialFocus={cancel}
      onCancel={() => current && messages.answerConfirm(current.id, false)}
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
    </ModalDialog>
  );
}
