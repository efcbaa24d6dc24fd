/** Error dialogs (one at a time, oldest first) and self-dismissing notices. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type Messages, useMessages } from '../messages';
import { ModalDialog } from './ModalDialog';

const NOTICE_MS = 6000;

export function ErrorDialogs({ messages }: { readonly messages: Messages }) {
  const { t } = useTranslation();
  const { errors } = useMessages(messages);
  const current = errors[0];

  return (
    <ModalDialog open={!!current} testId="error-dialog" labelledBy="error-title" onCancel={() => current && messages.dismissError(current.id)}>
      {current && (
        <>
          <h2 id="error-title">{current.title}</h2>
          <p data-testid="error-message">{current.message}</p>
          {current.details.length > 0 && (
            <details>
              <summary>{t('dialog.details')}</summary>
              <ul>
                {current.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            </details>
          )}
          <div className="dialog-buttons">
            <button type="button" autoFocus onClick={() => messages.dismissError(current.id)}>
              {t('dialog.ok')}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}

export function Notices({ messages }: { readonly messages: Messages }) {
  const { notices } = useMessages(messages);
  useEffect(() => {
    const timers = notices.map((n) => window.setTimeout(() => messages.dismissNotice(n.id), NOTICE_MS));
    return () => timers.forEach((timer) => window.clearTimeout(timer));
  }, [notices, messages]);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          {n.text}
        </div>
      ))}
    </div>
  );
}
