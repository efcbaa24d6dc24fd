/**
 * What the window shows after a render error in the app: a calm page that
 * offers Save, Save a copy… and Reload. The map is intact in its store, and
 * File ▸ Save, Ctrl+S and the close guard keep working from here.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type JourneyboardApi, MENU_ACCELERATORS } from '../../../electron/ipc-contract';
import { matchesAccelerator } from '../accelerators';
import { ErrorDialogs, Notices } from '../dialogs/MessageDialogs';
import type { FileSession } from '../fileSession';
import { type Messages, useMessages } from '../messages';
import type { CloseGuard } from './closeGuard';

export interface RenderErrorScreenProps {
  readonly error: Error;
  readonly api: JourneyboardApi;
  readonly session: FileSession;
  readonly messages: Messages;
  readonly guard: CloseGuard;
  readonly isMac: boolean;
}

export function RenderErrorScreen({ error, api, session, messages, guard, isMac }: RenderErrorScreenProps) {
  const { t } = useTranslation();
  const { busy } = useMessages(messages);

  useEffect(() => {
    const offMenu = api.onMenuCommand((command) => {
      if (command === 'file.save') void session.save();
      if (command === 'file.saveAs') void session.saveCopy();
    });
    const onKey = (e: KeyboardEvent) => {
      if (matchesAccelerator(MENU_ACCELERATORS['file.save'], e, isMac)) {
        e.preventDefault();
        void session.save();
      } else if (matchesAccelerator(MENU_ACCELERATORS['file.saveAs'], e, isMac)) {
        e.preventDefault();
        void session.saveCopy();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offMenu();
      window.removeEventListener('keydown', onKey);
    };
  }, [api, session, isMac]);

  const reload = () =>
    guard.reload().catch((failure: unknown) =>
      messages.error(t('renderError.reloadFailed'), t('saveError.unexpected'), [failure instanceof Error ? failure.message : String(failure)]),
    );

  return (
    <main className="render-error" data-testid="render-error-screen" aria-labelledby="render-error-title">
      <div className="render-error-card">
        <h1 id="render-error-title">{t('renderError.title')}</h1>
        <p>{t('renderError.message')}</p>
        <div className="render-error-buttons">
          <button type="button" className="primary" autoFocus disabled={busy !== null} onClick={() => void session.save()}>
            {t('renderError.save')}
          </button>
          <button type="button" disabled={busy !== null} onClick={() => void session.saveCopy()}>
            {t('renderError.saveCopy')}
          </button>
          <button type="button" disabled={busy !== null} onClick={() => void reload()}>
            {t('renderError.reload')}
          </button>
        </div>
        {busy && <p className="render-error-busy">{busy}</p>}
        <details>
          <summary>{t('renderError.details')}</summary>
          <pre>{error.message}</pre>
        </details>
      </div>
      <ErrorDialogs messages={messages} />
      <Notices messages={messages} />
    </main>
  );
}

/** The fallback of one side panel: the rest of the window keeps working. */
export function PanelFailed({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="panel-failed" role="alert" data-testid="panel-failed">
      <p>{t('renderError.panelFailed')}</p>
      <button type="button" className="panel-button" onClick={onClose}>
        {t('renderError.closePanel')}
      </button>
    </div>
  );
}
