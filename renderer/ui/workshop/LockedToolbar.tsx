/** The toolbar under the participant lock: the map's name, a new note, undo and redo, the timer and voting, and a deliberate way out. */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../../electron/ipc-contract';
import type { DocumentStore } from '../../state/documentStore';
import { type ActionContext, acceleratorOf, actionFor } from '../actions';
import { formatAccelerator } from '../accelerators';

export function LockedToolbar({ store, actions, isMac }: { readonly store: DocumentStore; readonly actions: ActionContext; readonly isMac: boolean }) {
  const { t } = useTranslation();
  const title = useSyncExternalStore(store.subscribe, () => store.getMap().title);
  const canUndo = useSyncExternalStore(store.subscribe, () => store.history.canUndo);
  const button = (command: MenuCommand, label: string, className = 'tool') => (
    <button
      type="button"
      className={className}
      data-command={command}
      title={`${label} (${formatAccelerator(acceleratorOf(command), isMac)})`}
      onClick={() => actionFor(command)?.perform(actions)}
    >
      {label}
    </button>
  );
  return (
    <header className="toolbar locked" role="toolbar" aria-label={t('toolbar.label')} data-testid="locked-toolbar">
      <span className="map-title">{title}</span>
      <span className="lock-badge">{t('lock.badge')}</span>
      <div className="tool-group">
        {button('board.newNote', t('toolbar.newNote'))}
        {button('workshop.timer', t('lock.timer'))}
        {button('workshop.voteResults', t('lock.voting'))}
      </div>
      <div className="tool-group end">
        <button type="button" className="tool icon" aria-label={t('toolbar.undo')} title={t('toolbar.undo')} disabled={!canUndo} onClick={() => actionFor('edit.undo')?.perform(actions)}>
          ↶
        </button>
        {button('workshop.lock', t('lock.unlockButton'), 'tool unlock')}
      </div>
    </header>
  );
}
